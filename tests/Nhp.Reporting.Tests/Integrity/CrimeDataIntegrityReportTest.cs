using Nhp.Datasets.CityOfLondon;
using Nhp.Datasets;
using Nhp.Integrity;
using Nhp.Reporting;
using Nhp.Reporting.Integrity;
using Nhp.Testing;

namespace Nhp.Reporting.Tests.Integrity;

public sealed class CrimeDataIntegrityReportTest
{
    private readonly CrimeDataIntegrityReport report = new();

    private static CdiReview Review => CityOfLondonDataset.February2024.CrimeDataIntegrity!;

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Text)]
    public void The_January_2024_review_renders_as_reviewed(ReportFormat format) =>
        Snapshot.Verify(report.RenderToString(CityOfLondonDataset.February2024, format), format.FileExtension(), [format.FileExtension()]);

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Text)]
    public void With_a_target_policy_each_rate_is_judged_and_the_target_is_drawn(ReportFormat format)
    {
        var dataset = CityOfLondonDataset.February2024 with
        {
            CrimeDataIntegrity = Review with
            {
                Policy = new CompliancePolicy { Target = 0.92 },
                Timeliness = [TimelinessPeriod.FromCounts("Q4 2023/24", 38, 41)],
                Flags = null,
                EqualityData = [],
                Recommendations = [],
            },
        };

        Snapshot.Verify(report.RenderToString(dataset, format), format.FileExtension(), [format.FileExtension()]);
    }

    [Fact]
    public void The_report_is_in_the_built_in_catalog() =>
        Assert.IsType<CrimeDataIntegrityReport>(ReportCatalog.Default.Find("crime-data-integrity"));

    [Fact]
    public void The_markdown_shows_the_seed_figures_and_the_reconciliation()
    {
        var markdown = report.RenderToString(CityOfLondonDataset.February2024, ReportFormat.Markdown);

        Assert.Contains("| **Overall (all audits)** | 177 | 160 | 90.4% | 85.2%–93.9% | ±4.3 points |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Violence | 49 | 40 | 81.6% |", markdown, StringComparison.Ordinal);
        Assert.Contains("| **Total** | **23** | **4** | **16** |", markdown, StringComparison.Ordinal);
        Assert.Contains("The categories add up to 199 crimes disclosed", markdown, StringComparison.Ordinal);
        Assert.Contains("March 204 (not a recognised date; kept as printed)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_interval_and_margin_follow_the_reviews_policy()
    {
        var dataset = CityOfLondonDataset.February2024 with
        {
            CrimeDataIntegrity = Review with { Policy = new CompliancePolicy { Target = 0.92, Method = IntervalMethod.ClopperPearson, Confidence = 0.9 } },
        };
        var estimate = dataset.CrimeDataIntegrity!.Policy!.Estimate(new Proportion(160, 177));
        var range = $"{estimate.Interval.Lower * 100:0.0}%–{estimate.Interval.Upper * 100:0.0}%";
        var margin = $"±{estimate.MarginOfError * 100:0.0} points";

        var markdown = report.RenderToString(dataset, ReportFormat.Markdown);

        Assert.Contains("| 90% interval (Clopper–Pearson) | Margin of error (normal approximation) |", markdown, StringComparison.Ordinal);
        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"| **Overall (all audits)** | 177 | 160 | 90.4% | {range} | {margin} |"), markdown, StringComparison.Ordinal);
        Assert.NotEqual("±4.3 points", margin);
        Assert.Contains("Intervals are 90% Clopper–Pearson exact intervals", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_is_self_contained_with_an_svg_interval_bar_per_result_and_no_script()
    {
        var html = report.RenderToString(CityOfLondonDataset.February2024, ReportFormat.Html);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(html, "<svg "));
        Assert.Equal(6, System.Text.RegularExpressions.Regex.Count(html, "<circle ")); // overall, four categories, their sum
    }

    [Fact]
    public void Text_from_data_is_escaped()
    {
        var dataset = CityOfLondonDataset.February2024 with
        {
            CrimeDataIntegrity = new CdiReview("<script>x</script>")
            {
                Categories = [new AuditResult(AuditCategory.Custom("A|B <i>"), 10, 9)],
                Recommendations = [new Recommendation(1, "Do *this* & <that>", "FCIR", Nhp.Delivery.Target.Parse("March 2024"))],
            },
        };

        var html = report.RenderToString(dataset, ReportFormat.Html);
        var markdown = report.RenderToString(dataset, ReportFormat.Markdown);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.Contains("Do *this* &amp; &lt;that&gt;", html, StringComparison.Ordinal);
        Assert.Contains("A\\|B &lt;i&gt;", markdown, StringComparison.Ordinal);
        Assert.Contains("Do \\*this\\* & &lt;that&gt;", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Impossible_figures_render_with_their_errors_instead_of_failing()
    {
        var dataset = CityOfLondonDataset.February2024 with
        {
            CrimeDataIntegrity = new CdiReview("Review")
            {
                Categories = [new AuditResult(AuditCategory.Violence, 40, 49), new AuditResult(AuditCategory.N100, 0, 0)],
                Flags = new FlagAudit("", [new FlagAuditRow(CrimeFlag.Named("Hate"), -1, 0, 0)]),
            },
        };

        var markdown = report.RenderToString(dataset, ReportFormat.Markdown);

        Assert.Contains("| Violence | 40 | 49 | — | — | — |", markdown, StringComparison.Ordinal);
        Assert.Contains("`cdi.audit.recorded-above-disclosed`", markdown, StringComparison.Ordinal);
        Assert.Contains("`cdi.audit.nothing-disclosed`", markdown, StringComparison.Ordinal);
        Assert.Contains("`cdi.flags.count-negative`", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dataset_without_a_review_says_so()
    {
        var markdown = report.RenderToString(CityOfLondonDataset.February2024 with { CrimeDataIntegrity = null }, ReportFormat.Markdown);

        Assert.Contains("This dataset has no crime data integrity review.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_twice_gives_byte_identical_output_with_line_feeds_only()
    {
        var first = report.RenderToString(CityOfLondonDataset.February2024, ReportFormat.Html);

        Assert.Equal(first, report.RenderToString(CityOfLondonDataset.February2024, ReportFormat.Html));
        Assert.DoesNotContain('\r', first);
    }
}
