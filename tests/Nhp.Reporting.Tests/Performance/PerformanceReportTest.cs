using Nhp.Datasets.CityOfLondon;
using Nhp.Datasets;
using Nhp.Reporting;
using Nhp.Reporting.Performance;
using Nhp.Testing;

namespace Nhp.Reporting.Tests.Performance;

public class PerformanceReportTest
{
    private static readonly NhpDataset Dataset = CityOfLondonDataset.February2024;

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Text)]
    public void The_Q3_2023_24_report_matches_its_snapshot(ReportFormat format) =>
        Snapshot.Verify(new PerformanceReport().RenderToString(Dataset, format), format.FileExtension(), [format.FileExtension()]);

    [Fact]
    public void The_report_is_in_the_catalogue_that_nhp_report_renders() =>
        Assert.IsType<PerformanceReport>(ReportCatalog.Default.Find("performance"));

    [Fact]
    public void The_narrative_corrects_the_violent_crime_percentage_and_names_its_base()
    {
        var md = new PerformanceReport().RenderToString(Dataset, ReportFormat.Markdown);
        Assert.Contains("Violent crime increased by 21% (+79) from Q2 to Q3 2023/24, from 368 to 447 (change measured against Q2 2023/24, the earlier figure).", md, StringComparison.Ordinal);
        Assert.Contains("Its 18% is the change as a share of the later figure (447); against the earlier figure (368) the change is 21%.", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_chart_has_an_accessible_title_and_description_and_no_script()
    {
        var html = new PerformanceReport().RenderToString(Dataset, ReportFormat.Html);
        var charts = html.Split("<svg ").Length - 1;
        Assert.Equal(12, charts);
        Assert.Equal(charts, html.Split("<title id=\"chart-").Length - 1);
        Assert.Equal(charts, html.Split("<desc id=\"chart-").Length - 1);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"<[^>]*\son[a-z]+\s*=", html);
        Assert.DoesNotContain("href", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Rendering_twice_gives_byte_identical_output()
    {
        var report = new PerformanceReport();
        Assert.Equal(report.RenderToString(Dataset, ReportFormat.Html), report.RenderToString(Dataset, ReportFormat.Html));
    }

    [Fact]
    public void Text_from_the_data_is_escaped_in_HTML()
    {
        var dataset = Dataset with
        {
            Name = "<b>&</b>",
        };
        var html = new PerformanceReport().RenderToString(dataset, ReportFormat.Html);
        Assert.Contains("&lt;b&gt;&amp;&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>&</b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_from_the_data_is_escaped_inside_the_chart_svg()
    {
        var set = Dataset.Performance!;
        var first = set.Measures[0];
        var measure = first.Measure with { Subject = "<Crime & \"disorder\">" };
        var dataset = Dataset with { Performance = set with { Measures = [new Nhp.Metrics.MeasureSeries(measure, first.Observations)] } };
        var html = new PerformanceReport().RenderToString(dataset, ReportFormat.Html);
        Assert.Contains("<title id=\"chart-1-title\">&lt;Crime &amp; &quot;disorder&quot;&gt;: SPC chart by quarter, mean ± 2 standard deviations</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<Crime", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_reads_as_the_paper_does()
    {
        var md = new PerformanceReport().RenderToString(Dataset, ReportFormat.Markdown);

        // The volume row is crimes recorded, judged with no better direction (amber), not an improvement.
        Assert.Contains("| Crimes recorded (the \u201cVolume\u201d row under the positive outcome rate) | 1816 | \u2014 | no target | **\u2191 AMBER** |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("positive outcome volume", md, StringComparison.OrdinalIgnoreCase);

        // Telephone satisfaction 96% against its 95% target: GREEN, whatever its flat trend.
        Assert.Contains("| 96% | 95% (To maintain (95% target)) | **GREEN (met)** | **\u2192 AMBER** |", md, StringComparison.Ordinal);

        // The fraud outcomes against Q3 2022/23: 1,625 -> 1,196 = -429, 429 / 1,625 = 26.4% -> 26%; and the year to date,
        // Q1 to Q3: 1,562 + 1,614 + 1,196 = 4,372 against the quoted 4,751, -379, 379 / 4,751 = 7.98% -> 8%.
        Assert.Contains("| -26% (-429) on same quarter a year earlier; -8% (-379) in the year to date on a year earlier |", md, StringComparison.Ordinal);
        Assert.Contains("Its 7% is the change against the same quarters a year earlier (4,751), 7.98%, cut rather than rounded; rounded, the change is 8%.", md, StringComparison.Ordinal);

        // The paper's SPC method: 413, 428, 371, 409 has mean 405.25 and sample standard deviation
        // sqrt((7.75^2 + 22.75^2 + 34.25^2 + 3.75^2) / 3) = sqrt(588.25) = 24.25, so limits 405.25 +/- 48.5.
        Assert.Contains("Mean 405.3, process limits 356.7 to 453.8 (the paper\u2019s method: mean \u00b1 2 standard deviations)", md, StringComparison.Ordinal);

        // The commentary is kept verbatim.
        Assert.Contains("The introduction of the Cycle Team to target offenders in the City has been successful", md, StringComparison.Ordinal);
    }

    [Fact]
    public void The_comparisons_the_paper_makes_beyond_the_previous_quarter_are_computed_named_and_checked()
    {
        var md = new PerformanceReport().RenderToString(Dataset, ReportFormat.Markdown);

        // Since Q1: 428 -> 409 = -19, 19 / 428 = 4.4% -> 4%, as printed.
        Assert.Contains("Against the figure of Q1 2023/24: Neighbourhood crime decreased by 4% (-19) from Q1 to Q3 2023/24, from 428 to 409 (change measured against Q1 2023/24, the earlier figure).", md, StringComparison.Ordinal);

        // Since the Q2 2022/23 peak: not in the table; 409 + 80 = 489, 80 / 489 = 16.4% -> 16%, as printed.
        Assert.Contains("It gives no figure for Q2 2022/23; its difference (-80) implies 489 (derived: 409 + 80), against which the change is 16%: its percentage agrees.", md, StringComparison.Ordinal);

        // Violent crime a year earlier: 447 - 122 = 325, 122 / 325 = 37.5% -> 38%; the printed 37% is 37.5% cut.
        Assert.Contains("its difference (+122) implies 325 (derived: 447 - 122), against which the change is 38%; its 37% is that change cut rather than rounded.", md, StringComparison.Ordinal);

        // VAWG's average quarterly increase, from the first quarter the table gives: (159 - 148) / 3 = 3.67, 2.5% of 148.
        Assert.Contains("Violence against women and girls rose on average by 3.67 a quarter (2% of the Q4 2022/23 figure) over 3 quarters", md, StringComparison.Ordinal);

        // ASB: the paper's -32 implies an average of 327, not the table's 275.67; against 327 its 10% agrees.
        Assert.Contains("Its difference (-32) implies a base of 327, not the 275.67 the figures give: the paper used a base it does not state. Its 10% agrees with the change against that base.", md, StringComparison.Ordinal);

        // The fraud outcomes' arrow is judged year on year, as the data names.
        Assert.Contains("**\u2193 RED** on the same quarter a year earlier", md, StringComparison.Ordinal);

        // Hate crime and victim satisfaction: what the paper prints, and that it gives no figures.
        Assert.Contains("The paper printed: \u201cThere has been an increase of 58% (+100) hate crimes over the last 12 months.\u201d It gives no figures to check this against.", md, StringComparison.Ordinal);
        Assert.Contains("The paper printed: \u201cKept informed levels experienced a 16% increase in satisfaction and overall service had a 12% increase.\u201d It gives no figures to check this against.", md, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dataset_without_performance_measures_says_so()
    {
        var md = new PerformanceReport().RenderToString(Dataset with { Performance = null }, ReportFormat.Markdown);
        Assert.Contains("This dataset has no performance measures.", md, StringComparison.Ordinal);
    }
}
