using Nhp.Metrics;
using Nhp.Reporting.Charts;
using Nhp.Testing;
using NodaTime;

namespace Nhp.Reporting.Tests.Charts;

/// <summary>The chart of a measure's dated figures: against their dates, script-free, escaped, byte-stable.</summary>
public sealed class DatedCountChartTest
{
    private static readonly LocalDate GoLive = new(2023, 4, 3);

    private static DatedSeries Series(string name) => new(
        new MeasureDefinition("arrests", name, name, "Arrests.", "As counted.", MeasureUnit.Count, DirectionOfGood.Neutral, MeasureFrequency.Irregular, "Model", "Model"),
        [
            new DatedCount { Value = 97, Since = GoLive, AsOf = new LocalDate(2023, 9, 30) },
            new DatedCount { Value = 212, Since = GoLive, AsOf = new LocalDate(2024, 3, 31) },
            new DatedCount { Value = 1250, Since = GoLive, AsOf = new LocalDate(2025, 3, 31) },
        ]);

    [Fact]
    public void A_series_draws_as_its_snapshot() =>
        Snapshot.Verify(DatedCountChart.Svg(Series("Arrests under local tasking"), "arrests"), "svg");

    [Fact]
    public void Points_are_spaced_by_the_days_between_their_dates()
    {
        // 30 September 2023 to 31 March 2024 is 183 days of the 548 from the first date to the last. The points run from
        // 56 + 24 = 80 to 640 − 56 − 24 = 560, so the middle one is 80 + 480 × 183 / 548 = 240.3 across.
        var svg = DatedCountChart.Svg(Series("Arrests"));
        Assert.Contains("points=\"80,", svg, StringComparison.Ordinal);
        Assert.Contains(" 240.3,", svg, StringComparison.Ordinal);
        Assert.Contains(" 560,", svg, StringComparison.Ordinal);
        Assert.Contains(">1,250</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">31 Mar 2024</text>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_escaped_and_the_svg_has_no_script_and_the_same_series_gives_the_same_bytes()
    {
        var svg = DatedCountChart.Svg(Series("<script>alert(1)</script> & \"x\""), "a-1");
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"<[^>]*\son[a-z]+\s*=", svg);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;", svg, StringComparison.Ordinal);
        System.Xml.Linq.XDocument.Parse(svg);
        Assert.Equal(svg, DatedCountChart.Svg(Series("<script>alert(1)</script> & \"x\""), "a-1"));
    }

    [Fact]
    public void A_bad_id_or_an_empty_series_is_refused()
    {
        Assert.Throws<ArgumentException>(() => DatedCountChart.Svg(Series("A"), "a\" onload=\"x"));
        Assert.Throws<ArgumentException>(() => DatedCountChart.Svg(new DatedSeries(Series("A").Measure, [])));
    }
}
