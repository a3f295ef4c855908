using Microsoft.DotNet.Interactive.Formatting;
using Nhp.Datasets.CityOfLondon;
using Nhp.Findings;
using Nhp.Integrity;
using Nhp.Metrics.Spc;
using Nhp.Rag;
using Nhp.Reporting.Display;
using Nhp.Reporting.Rag;
using NodaTime;

namespace Nhp.Reporting.Notebook.Tests.Display;

// What a .NET Interactive notebook shows for each result: Formatter is the notebook's own formatting entry point.
public sealed class NotebookDisplayTest
{
    private const string Html = "text/html";

    // A stable series with one point far above the rest: 10 values of 10 ± 1, then 30.
    private static readonly double[] Series = [10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 30];

    [Fact]
    public void An_SPC_result_displays_as_HTML_with_an_inline_SVG_chart_of_its_points()
    {
        var spc = SpcAnalysis.Analyse(Series, new SpcOptions(SpcMethod.Sd2));

        var html = spc.ToDisplayString(Html);

        Assert.StartsWith("<article class=\"nhp-report\">", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Series.Length, CountOf(html, "<circle"));
        Assert.Contains("point 11 (30) is outside the control limits", html, StringComparison.Ordinal);
        Assert.Equal(spc.ToHtml(), html);
    }

    [Fact]
    public void A_RAG_evaluation_displays_as_a_table_with_one_row_per_deliverable_not_its_internals()
    {
        var plan = CityOfLondonDataset.February2024.DeliveryPlan!;
        var evaluation = RagPolicy.Default.Evaluate(plan, new LocalDate(2024, 2, 1));

        var html = evaluation.ToDisplayString(Html);

        Assert.Contains("<table", html, StringComparison.Ordinal);
        Assert.Equal(evaluation.Judgements.Count, CountOf(html, "<th scope=\"row\""));
        Assert.Contains(RagRules.NoTargetDateId, html, StringComparison.Ordinal);
        Assert.DoesNotContain("z__ReadOnlyList", html, StringComparison.Ordinal);
        Assert.True(html.Length < 100_000, $"The display is {html.Length} characters.");
    }

    [Fact]
    public void The_notebook_prefers_HTML_for_the_types_Nhp_formats()
    {
        Assert.Equal(Html, Formatter.GetPreferredMimeTypesFor(typeof(SpcResult)).First());
        Assert.Equal(Html, Formatter.GetPreferredMimeTypesFor(typeof(RagEvaluation)).First());
    }

    [Fact]
    public void A_plan_a_finding_an_interval_and_a_report_document_display_as_their_HTML()
    {
        var dataset = CityOfLondonDataset.February2024;
        var finding = new Finding("rag.deadline.missed", Severity.Error, "3.6", null, "Deliverable 3.6 missed <its> deadline.");
        var interval = new Proportion(904, 1000).Interval();
        var document = new RagCheckReport().Build(dataset);

        Assert.Equal(dataset.DeliveryPlan!.ToHtml(), dataset.DeliveryPlan.ToDisplayString(Html));
        Assert.Equal(finding.ToHtml(), finding.ToDisplayString(Html));
        Assert.Contains("missed &lt;its&gt; deadline", finding.ToDisplayString(Html), StringComparison.Ordinal);
        Assert.Equal(interval.ToHtml(), interval.ToDisplayString(Html));
        Assert.Equal(document.ToHtml(), document.ToDisplayString(Html));
    }

    [Fact]
    public void The_interval_display_gives_the_rate_and_its_bounds()
    {
        // Wilson 95% interval for 904 of 1000: centre (904 + 1.96²/2) / (1000 + 1.96²) = 0.90255…,
        // half-width 1.96 × √(0.904 × 0.096 / 1000 + 1.96² / 4,000,000) / 1.003841 = 0.01822…, so 88.4% to 92.1%.
        var html = new Proportion(904, 1000).Interval().ToHtml();

        Assert.Contains("90.4% (904 of 1,000)", html, StringComparison.Ordinal);
        Assert.Contains("88.4% to 92.1% at 95% confidence", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_markdown_of_an_SPC_result_names_the_figure_and_gives_the_signals_in_words()
    {
        var markdown = SpcAnalysis.Analyse(Series, new SpcOptions(SpcMethod.Sd2)).ToMarkdown();

        Assert.StartsWith("# SPC chart (two standard deviations)\n\n**Figure: SPC chart", markdown, StringComparison.Ordinal);
        Assert.Contains("point 11 (30) is outside the control limits", markdown, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
