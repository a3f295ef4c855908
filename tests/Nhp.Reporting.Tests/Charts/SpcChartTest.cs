using Nhp.Metrics.Spc;
using Nhp.Reporting.Charts;
using Nhp.Testing;

namespace Nhp.Reporting.Tests.Charts;

/// <summary>The public SPC chart: any series as a script-free, escaped, byte-stable SVG.</summary>
public class SpcChartTest
{
    // Neighbourhood crime, Q4 2022/23 to Q3 2023/24, and four later quarters with a jump at the end.
    private static readonly double[] Values = [413, 428, 371, 409, 395, 402, 388, 520];

    private static SpcResult Sd2 => SpcAnalysis.Analyse(Values, new SpcOptions(SpcMethod.Sd2, true, ImprovementDirection.Decrease));

    [Fact]
    public void A_series_with_a_signal_draws_as_its_snapshot()
    {
        // Mean 3,326 / 8 = 415.75; sample standard deviation sqrt(14,463.5 / 7) = 45.46, so the upper limit is 506.7:
        // 520 is outside it.
        var result = Sd2;
        Assert.True(result.Points[^1].Signals.HasFlag(SpcSignals.OutsideLimits));
        Snapshot.Verify(SpcChart.Svg(Values, result, new SpcChartOptions { Title = "Neighbourhood crime", Labels = ["Q4 22/23", "Q1", "Q2", "Q3", "Q4", "Q1 24/25", "Q2", "Q3"] }), "svg");
    }

    [Fact]
    public void Text_is_escaped_and_the_svg_has_no_script_no_event_attributes_and_no_links()
    {
        var svg = SpcChart.Svg(Values, Sd2, new SpcChartOptions
        {
            Title = "<script>alert(1)</script> & \"x\"",
            Description = "</desc><script>x</script>",
            Labels = [.. Values.Select((_, i) => i == 0 ? "<a href=\"javascript:x\" onclick=\"y\">" : "Q")],
        });
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a ", svg, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<[^>]*\son[a-z]+\s*=", svg);
        Assert.DoesNotContain("href", svg.Replace("&lt;a href=&quot;javascript:x&quot;", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;", svg, StringComparison.Ordinal);
        System.Xml.Linq.XDocument.Parse(svg);
    }

    [Fact]
    public void Without_options_the_points_are_numbered_and_the_description_names_the_method_and_limits()
    {
        var svg = SpcChart.Svg(Values, Sd2);
        Assert.Contains("<title id=\"spc-chart-title\">SPC chart</title>", svg, StringComparison.Ordinal);
        Assert.Contains(">8</text>", svg, StringComparison.Ordinal);
        Assert.Contains("8 points; mean 415.", svg, StringComparison.Ordinal);
        Assert.Contains("(mean ± 2 standard deviations); 1 point(s) are special causes.", svg, StringComparison.Ordinal);
        Assert.Equal(svg, SpcChart.Svg(Values, Sd2));
    }

    [Fact]
    public void A_result_without_enough_data_draws_the_values_only()
    {
        var result = SpcAnalysis.Analyse([5.0], new SpcOptions(SpcMethod.Sd2, true, ImprovementDirection.Neutral));
        var svg = SpcChart.Svg([5.0], result);
        Assert.DoesNotContain("stroke-dasharray", svg, StringComparison.Ordinal);
        Assert.Contains("no control limits", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_that_do_not_fit_the_result_or_the_labels_are_refused()
    {
        Assert.Throws<ArgumentException>(() => SpcChart.Svg([1.0, 2.0], Sd2));
        Assert.Throws<ArgumentException>(() => SpcChart.Svg(Values, Sd2, new SpcChartOptions { Labels = ["a"] }));
        Assert.Throws<ArgumentException>(() => SpcChart.Svg(Values, Sd2, new SpcChartOptions { Id = "a b" }));
        Assert.Throws<ArgumentException>(() => SpcChart.Svg([], Sd2));
        Assert.Throws<ArgumentException>(() => SpcChart.Svg([double.NaN], Sd2));
    }
}
