using Nhp.Datasets.CityOfLondon;
using Microsoft.Extensions.DependencyInjection;
using Nhp.Datasets;
using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Reporting.Delivery;
using Nhp.Reporting.DependencyInjection;
using Nhp.Testing;
using NodaTime;

namespace Nhp.Reporting.Tests.Delivery;

public sealed class DeliveryPlanReportTest
{
    private static readonly DeliveryPlanReport Report = new();

    private static DeliveryPlan Tricky() => new()
    {
        Title = "Plan <script>alert(1)</script> & co",
        Objectives =
        [
            new Objective
            {
                Number = 1,
                Title = "Keep \"people\" <safe>",
                Deliverables =
                [
                    new Deliverable
                    {
                        Code = new DeliverableCode(1, 1),
                        Commitment = "We will | escape <b>tags</b> & pipes.",
                        Updates = [new StatusUpdate { AsOf = new YearMonth(2024, 1), Summary = "Steps:\n- one <i>\n- two", Rag = RagStatus.Red, Target = Target.Parse("=1+1") }],
                    },
                ],
            },
        ],
    };

    [Theory]
    [InlineData("md")]
    [InlineData("html")]
    [InlineData("txt")]
    [InlineData("csv")]
    public void The_January_2024_plan_renders_as_the_reviewed_snapshot(string format)
    {
        Assert.True(ReportFormats.TryParse(format, out var reportFormat));
        Snapshot.Verify(Report.RenderToString(CityOfLondonDataset.February2024, reportFormat), format, [format]);
    }

    [Fact]
    public void The_report_is_built_in_and_registered_with_dependency_injection()
    {
        Assert.Same(typeof(DeliveryPlanReport), ReportCatalog.Default.Find("delivery-plan")?.GetType());
        using var provider = new ServiceCollection().AddNhpReporting().BuildServiceProvider();
        Assert.Contains(provider.GetServices<IReport>(), r => r.Id == "delivery-plan");
        Assert.Equal([ReportFormat.Markdown, ReportFormat.Html, ReportFormat.Text, ReportFormat.Csv], Report.Formats);
    }

    [Fact]
    public void The_summary_counts_match_the_seeds_PROGRESS_column()
    {
        var md = Report.RenderToString(CityOfLondonDataset.February2024, ReportFormat.Markdown);

        // 38 GREEN and 17 AMBER cells in the seed's PROGRESS column, counted in the text (see PlanTextTest in the domain tests).
        Assert.Contains("| **All objectives** | **38** | **17** | **0** | **0** | **55** |", md, StringComparison.Ordinal);
        Assert.Contains("| 0. Strategy set-up and governance | 3 | 1 | 0 | 0 | 4 |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void All_text_is_escaped_in_HTML_and_the_RAG_has_a_word_as_well_as_a_colour()
    {
        using var writer = new StringWriter();
        Report.Render(Tricky(), ReportFormat.Html, writer);
        var html = writer.ToString();
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>tags", html, StringComparison.Ordinal);
        Assert.Contains("Plan &lt;script&gt;alert(1)&lt;/script&gt; &amp; co", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"rag rag-red\">RED</span>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Steps:<br>- one &lt;i&gt;<br>- two</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_cells_escape_pipes_and_tags()
    {
        using var writer = new StringWriter();
        Report.Render(Tricky(), ReportFormat.Markdown, writer);
        var md = writer.ToString();
        Assert.Contains("We will \\| escape &lt;b&gt;tags&lt;/b&gt; & pipes.", md, StringComparison.Ordinal);
        Assert.Contains("| **RED** |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void The_CSV_is_formula_guarded()
    {
        using var writer = new StringWriter();
        Report.Render(Tricky(), ReportFormat.Csv, writer);
        Assert.EndsWith(",RED,'=1+1\n", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_given_to_the_report_are_shown_under_their_objective_and_at_the_end()
    {
        var report = new DeliveryPlanReport(plan =>
        [
            new Finding("rag.test", Severity.Warning, "1.1", "rag", "1.1 is <late>."),
            new Finding("plan.test", Severity.Info, "plan", null, "General note."),
        ]);
        using var writer = new StringWriter();
        report.Render(Tricky(), ReportFormat.Html, writer);
        var html = writer.ToString();
        Assert.Contains("<h3>Checks on objective 1</h3>\n<ul class=\"findings\">\n<li class=\"finding\"><span class=\"severity-warning\">warning</span> <code>rag.test</code> 1.1: 1.1 is &lt;late&gt;.</li>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Checks</h2>\n<ul class=\"findings\">\n<li class=\"finding\"><span class=\"severity-info\">info</span> <code>plan.test</code> plan: General note.</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dataset_without_a_plan_renders_a_plain_statement()
    {
        var dataset = CityOfLondonDataset.February2024 with { DeliveryPlan = null };
        Assert.Contains("has no delivery plan", Report.RenderToString(dataset, ReportFormat.Markdown), StringComparison.Ordinal);
        Assert.Equal("code,objective,commitment,summary,rag,target\n", Report.RenderToString(dataset, ReportFormat.Csv));
    }

    [Fact]
    public void Rendering_twice_gives_identical_output()
    {
        Assert.Equal(Report.RenderToString(CityOfLondonDataset.February2024, ReportFormat.Html), Report.RenderToString(CityOfLondonDataset.February2024, ReportFormat.Html));
    }
}
