using Nhp.Findings;
using System.Globalization;
using System.Text;
using Nhp.Datasets;
using Nhp.Delivery;
using Nhp.Rag;
using Nhp.Reporting.Text;
using NodaTime;

namespace Nhp.Reporting.Rag;

/// <summary>
/// The RAG check of a delivery plan: for each deliverable, the RAG reported, the RAG the rules expect at the as-of
/// date and the findings that explain the difference, then what is due to turn RED in the next days if nobody
/// updates it. Markdown or HTML; pure (the as-of date is given, never read from a clock).
/// </summary>
public sealed class RagCheckReport : IReport
{
    /// <summary>How far ahead the "due to change" section looks by default: 90 days.</summary>
    public const int DefaultDueWithinDays = 90;

    private readonly RagPolicy policy;
    private readonly LocalDate? asOf;
    private readonly int dueWithinDays;

    /// <summary>
    /// Creates the report with the built-in policy, judged at the last day of the plan's latest update month, looking
    /// <see cref="DefaultDueWithinDays"/> days ahead.
    /// </summary>
    public RagCheckReport()
        : this(RagPolicy.Default, null, DefaultDueWithinDays)
    {
    }

    /// <summary>Creates the report with a policy, an as-of date and a look-ahead.</summary>
    /// <param name="policy">The rules to apply.</param>
    /// <param name="asOf">The date to judge at; null for the last day of the plan's latest update month.</param>
    /// <param name="dueWithinDays">How many days ahead "due to change" looks, 1 to 3660.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dueWithinDays"/> is out of range.</exception>
    public RagCheckReport(RagPolicy policy, LocalDate? asOf, int dueWithinDays)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfLessThan(dueWithinDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dueWithinDays, 3660);
        this.policy = policy;
        this.asOf = asOf;
        this.dueWithinDays = dueWithinDays;
    }

    /// <inheritdoc />
    public string Id => "rag-check";

    /// <inheritdoc />
    public string Title => "RAG check";

    /// <inheritdoc />
    public IReadOnlyList<ReportFormat> Formats { get; } = [ReportFormat.Markdown, ReportFormat.Html];

    /// <inheritdoc />
    public void Render(NhpDataset dataset, ReportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(writer);
        this.EnsureSupports(format);
        if (dataset.DeliveryPlan is not { } plan)
        {
            var text = dataset.Name + " has no delivery plan.";
            writer.Write(format == ReportFormat.Html
                ? Html.Page(Title, $"<h1>{Html.Escape(Title)}</h1>\n<p>{Html.Escape(text)}</p>\n")
                : $"# {Title}\n\n{Markdown.Text(text)}\n");
            return;
        }

        Render(plan, format, writer);
    }

    /// <summary>Renders the RAG check of one plan.</summary>
    /// <param name="plan">The plan; its deliverables' latest updates are judged.</param>
    /// <param name="format">Markdown or HTML.</param>
    /// <param name="writer">Where to write.</param>
    public void Render(DeliveryPlan plan, ReportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(writer);
        this.EnsureSupports(format);
        var date = AsOf(plan);
        var subjects = RagSubject.Latest(plan);
        var evaluation = policy.Evaluate(subjects, date);
        var turns = policy.DueToTurnRed(subjects, date, dueWithinDays);
        var title = plan.Title is null ? Title : $"{Title}: {plan.Title}";
        writer.Write(format == ReportFormat.Html ? HtmlPage(title, plan, evaluation, turns) : MarkdownPage(title, plan, evaluation, turns));
    }

    /// <summary>The date the report judges a plan at: the given as-of date, or the last day of the plan's latest update month.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentException">No as-of date was given and the plan has no updates to take one from.</exception>
    public LocalDate AsOf(DeliveryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (asOf is { } given)
        {
            return given;
        }

        return plan.AsOf is { } month
            ? month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month))
            : throw new ArgumentException("The plan has no status updates, so the report needs an as-of date.", nameof(plan));
    }

    private static string Rules(RagEvaluation evaluation) =>
        string.Create(CultureInfo.InvariantCulture, $"Judged at {RagMarkup.Date(evaluation.AsOf)} against the plan's key: GREEN complete/established, AMBER in progress, RED deadline missed or will not be achieved. A deadline day itself is not missed; the day after is.");

    private string MarkdownPage(string title, DeliveryPlan plan, RagEvaluation evaluation, IReadOnlyList<RagTurn> turns)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Markdown.Text(title)).Append("\n\n");
        if (plan.AsOf is { } month)
        {
            md.Append("Summary position of ").Append(RagMarkup.Month(month)).Append(". ");
        }

        md.Append(Markdown.Text(Rules(evaluation))).Append("\n\n");
        md.Append(RagSections.FindingsMarkdown(evaluation));
        md.Append(RagSections.DueToChangeMarkdown(turns, evaluation.AsOf, dueWithinDays));
        md.Append(RulesMarkdown());
        return md.ToString();
    }

    private string HtmlPage(string title, DeliveryPlan plan, RagEvaluation evaluation, IReadOnlyList<RagTurn> turns)
    {
        var body = new StringBuilder();
        body.Append("<h1>").Append(Html.Escape(title)).Append("</h1>\n<p class=\"meta\">");
        if (plan.AsOf is { } month)
        {
            body.Append("Summary position of ").Append(Html.Escape(RagMarkup.Month(month))).Append(". ");
        }

        body.Append(Html.Escape(Rules(evaluation))).Append("</p>\n");
        body.Append(RagSections.FindingsHtml(evaluation));
        body.Append(RagSections.DueToChangeHtml(turns, evaluation.AsOf, dueWithinDays));
        body.Append(RulesHtml());
        return Html.Page(title, body.ToString());
    }

    private string RulesMarkdown()
    {
        var md = new StringBuilder("## Rules applied\n\n| Rule | Title | Severity |\n| --- | --- | --- |\n");
        foreach (var rule in policy.Rules)
        {
            md.Append("| ").Append(Markdown.Cell(rule.Id)).Append(" | ").Append(Markdown.Cell(rule.Title)).Append(" | ").Append(rule.Severity.ToText()).Append(" |\n");
        }

        return md.ToString();
    }

    private string RulesHtml()
    {
        var html = new StringBuilder("<h2>Rules applied</h2>\n<table>\n<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Title</th><th scope=\"col\">Severity</th></tr></thead>\n<tbody>\n");
        foreach (var rule in policy.Rules)
        {
            html.Append("<tr><td><code>").Append(Html.Escape(rule.Id)).Append("</code></td><td>").Append(Html.Escape(rule.Title)).Append("</td><td>").Append(Html.Escape(rule.Severity.ToText())).Append("</td></tr>\n");
        }

        return html.Append("</tbody>\n</table>\n").ToString();
    }
}
