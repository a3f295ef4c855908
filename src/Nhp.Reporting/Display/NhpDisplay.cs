using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Importing;
using Nhp.Integrity;
using Nhp.Metrics.Spc;
using Nhp.Rag;
using Nhp.Reporting.Documents;
using Nhp.Reporting.Rendering;

namespace Nhp.Reporting.Display;

/// <summary>
/// Shows Nhp's main results on their own, for notebooks and any other host that displays HTML or Markdown: a delivery
/// plan (as the committee paper), a RAG evaluation (a table of reported against expected RAG, then the findings),
/// findings, an import result, an SPC result (its chart as inline SVG, its limits and signals), a compliance interval,
/// and any report <see cref="Document"/>.
/// </summary>
/// <remarks>
/// <para>
/// HTML is a fragment (<c>&lt;article class="nhp-report"&gt;…&lt;/article&gt;</c>) written by
/// <see cref="HtmlRenderer"/>, so it is escaped and carries no script; Markdown is written by
/// <see cref="MarkdownRenderer"/>. The same value gives byte-identical text.
/// </para>
/// <para>
/// In .NET Interactive (Polyglot Notebooks) these types display this way without any setup: they carry the formatter
/// convention that .NET Interactive looks for (an attribute named <c>TypeFormatterSourceAttribute</c>), so Nhp takes no
/// dependency on it. The domain types show as HTML when <c>Nhp.Reporting</c> is loaded beside <c>Nhp.Domain</c>.
/// </para>
/// </remarks>
public static class NhpDisplay
{
    private static readonly HtmlRenderer Html = new(fragment: true);

    /// <summary>The plan as the delivery plan report shows it, as an HTML fragment.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The HTML.</returns>
    public static string ToHtml(this DeliveryPlan plan) => Render(Html, DisplayDocuments.Plan(Required(plan)));

    /// <summary>The plan as the delivery plan report shows it, as Markdown.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The Markdown.</returns>
    public static string ToMarkdown(this DeliveryPlan plan) => Render(MarkdownRenderer.Default, DisplayDocuments.Plan(Required(plan)));

    /// <summary>The evaluation as a table (deliverable, reported and expected RAG, target, rule ids) and its findings, as an HTML fragment.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The HTML.</returns>
    public static string ToHtml(this RagEvaluation evaluation) => Render(Html, DisplayDocuments.Evaluation(Required(evaluation)));

    /// <summary>The evaluation as a table and its findings, as Markdown.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The Markdown.</returns>
    public static string ToMarkdown(this RagEvaluation evaluation) => Render(MarkdownRenderer.Default, DisplayDocuments.Evaluation(Required(evaluation)));

    /// <summary>The findings with their counts by severity, each with its rule id, as an HTML fragment.</summary>
    /// <param name="findings">The findings, shown in the order given.</param>
    /// <returns>The HTML.</returns>
    public static string ToHtml(this IEnumerable<Finding> findings) => Render(Html, DisplayDocuments.Findings([.. Required(findings)]));

    /// <summary>The findings with their counts by severity, as Markdown.</summary>
    /// <param name="findings">The findings, shown in the order given.</param>
    /// <returns>The Markdown.</returns>
    public static string ToMarkdown(this IEnumerable<Finding> findings) => Render(MarkdownRenderer.Default, DisplayDocuments.Findings([.. Required(findings)]));

    /// <summary>One finding, as an HTML fragment.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The HTML.</returns>
    public static string ToHtml(this Finding finding) => Render(Html, DisplayDocuments.Findings([Required(finding)], "Finding"));

    /// <summary>One finding, as Markdown.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The Markdown.</returns>
    public static string ToMarkdown(this Finding finding) => Render(MarkdownRenderer.Default, DisplayDocuments.Findings([Required(finding)], "Finding"));

    /// <summary>Whether the import gave a value, and its findings, as an HTML fragment.</summary>
    /// <typeparam name="T">The imported type.</typeparam>
    /// <param name="result">The import result.</param>
    /// <returns>The HTML.</returns>
    public static string ToHtml<T>(this ImportResult<T> result)
        where T : class => Render(Html, DisplayDocuments.Import(Required(result)));

    /// <summary>Whether the import gave a value, and its findings, as Markdown.</summary>
    /// <typeparam name="T">The imported type.</typeparam>
    /// <param name="result">The import result.</param>
    /// <returns>The Markdown.</returns>
    public static string ToMarkdown<T>(this ImportResult<T> result)
        where T : class => Render(MarkdownRenderer.Default, DisplayDocuments.Import(Required(result)));

    /// <summary>
    /// The SPC chart (the values, centre line, limits and signal points, as inline SVG with a title and description)
    /// and the limits and signals in words, as an HTML fragment. Points are labelled 1, 2, 3….
    /// </summary>
    /// <param name="spc">The SPC result.</param>
    /// <returns>The HTML.</returns>
    public static string ToHtml(this SpcResult spc) => Render(Html, DisplayDocuments.Spc(Required(spc)));

    /// <summary>The SPC chart (inline SVG) and the limits and signals in words, as Markdown.</summary>
    /// <param name="spc">The SPC result.</param>
    /// <returns>The Markdown.</returns>
    public static string ToMarkdown(this SpcResult spc) => Render(MarkdownRenderer.Default, DisplayDocuments.Spc(Required(spc)));

    /// <summary>The rate, its interval, confidence, method and margin of error, as an HTML fragment.</summary>
    /// <param name="interval">The interval.</param>
    /// <returns>The HTML.</returns>
    public static string ToHtml(this ProportionInterval interval) => Render(Html, DisplayDocuments.Interval(Required(interval)));

    /// <summary>The rate, its interval, confidence, method and margin of error, as Markdown.</summary>
    /// <param name="interval">The interval.</param>
    /// <returns>The Markdown.</returns>
    public static string ToMarkdown(this ProportionInterval interval) => Render(MarkdownRenderer.Default, DisplayDocuments.Interval(Required(interval)));

    /// <summary>A report's document, as an HTML fragment (for a whole page, use <see cref="HtmlRenderer.Default"/>).</summary>
    /// <param name="document">The document, such as <c>new RagCheckReport().Build(dataset)</c>.</param>
    /// <returns>The HTML.</returns>
    public static string ToHtml(this Document document) => Render(Html, Required(document));

    /// <summary>A report's document, as Markdown.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The Markdown.</returns>
    public static string ToMarkdown(this Document document) => Render(MarkdownRenderer.Default, Required(document));

    /// <summary>The HTML of any value this class shows, or null for any other value (the notebook formatters' entry point).</summary>
    internal static string? TryHtml(object? value) => value switch
    {
        DeliveryPlan plan => plan.ToHtml(),
        RagEvaluation evaluation => evaluation.ToHtml(),
        Finding finding => finding.ToHtml(),
        SpcResult spc => spc.ToHtml(),
        ProportionInterval interval => interval.ToHtml(),
        Document document => document.ToHtml(),
        IEnumerable<Finding> findings => findings.ToHtml(),
        _ => null,
    };

    private static string Render(DocumentRenderer renderer, Document document)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        renderer.Render(document, writer);
        return writer.ToString();
    }

    private static T Required<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return value;
    }
}
