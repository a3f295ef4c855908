using Nhp.Metrics;
using Nhp.Periods;

namespace Nhp.Domain.Tests.Metrics;

/// <summary>
/// The percentage-change queries the performance report and the CLI share: the whole percentage against the earlier
/// figure, the share of the later figure a paper may have printed instead, the check of a printed percentage, and the
/// brief wording of a table cell. Every figure is worked by hand in the comment beside it.
/// </summary>
public class ChangeArithmeticTest
{
    private static readonly FinancialQuarter Q2 = FinancialQuarter.Parse("Q2 2023/24");
    private static readonly FinancialQuarter Q3 = FinancialQuarter.Parse("Q3 2023/24");

    private static Change Change(decimal from, decimal to) => new(ChangeKind.PeriodOnPeriod, Q2, from, Q3, to);

    private static PrintedChange Printed(decimal percent) => new("violent-crime", Q3, "Violent crime has increased in Q3 by 18% (+79) compared to Q2.", percent);

    [Fact]
    public void The_whole_percentage_is_of_the_earlier_figure_and_the_share_of_the_later_is_kept_apart()
    {
        // 368 -> 447: +79; 79 / 368 = 0.214673 -> 21.47% -> 21; 79 / 447 = 0.176734 -> 17.67%.
        var change = Change(368, 447);
        Assert.Equal(79m, change.Difference);
        Assert.Equal(21m, change.WholePercent);
        Assert.Equal(17.67m, Math.Round(change.PercentOfLater!.Value, 2));
    }

    [Theory]
    // 1,614 -> 1,196: -418; 418 / 1614 = 25.898% -> 26 (the size, without the sign).
    [InlineData(1614, 1196, 26)]
    // 200 -> 201: +1; 1 / 200 = 0.5% exactly, half away from zero -> 1.
    [InlineData(200, 201, 1)]
    // 1,000 -> 1,004: +4; 4 / 1000 = 0.4% -> 0.
    [InlineData(1000, 1004, 0)]
    // 1,586 -> 1,816: +230; 230 / 1586 = 14.502% -> 15.
    [InlineData(1586, 1816, 15)]
    public void The_whole_percentage_rounds_half_away_from_zero(int from, int to, int expected) =>
        Assert.Equal(expected, Change(from, to).WholePercent);

    [Fact]
    public void From_an_earlier_figure_of_zero_there_is_no_percentage_and_to_a_later_figure_of_zero_no_share_of_it()
    {
        Assert.Null(Change(0, 5).WholePercent);
        Assert.Null(Change(5, 0).PercentOfLater);
    }

    [Theory]
    // 79 / 368 = 21.47% -> 21: agrees.
    [InlineData(21, PrintedPercentCheck.Agrees)]
    // 79 / 447 = 17.67% -> 18: the paper divided by the later figure.
    [InlineData(18, PrintedPercentCheck.ShareOfLaterFigure)]
    // 19 is neither 21 nor 18.
    [InlineData(19, PrintedPercentCheck.DoesNotMatch)]
    public void A_printed_percentage_is_checked_against_the_earlier_figure_then_the_later(int printed, PrintedPercentCheck expected) =>
        Assert.Equal(expected, Printed(printed).Check(Change(368, 447)));

    [Fact]
    public void A_printed_percentage_cut_instead_of_rounded_is_named_as_such()
    {
        // 4,751 to 4,372: -379, 379 / 4,751 = 7.98%, rounded 8%; the paper printed 7%. As a share of 4,372 it is 8.67%.
        var change = Change(4_751, 4_372);
        Assert.Equal(PrintedPercentCheck.Truncated, Printed(7).Check(change));
        Assert.Equal(PrintedPercentCheck.Agrees, Printed(8).Check(change));
        Assert.Equal(PrintedPercentCheck.ShareOfLaterFigure, Printed(9).Check(change));
        Assert.Equal(PrintedPercentCheck.DoesNotMatch, Printed(6).Check(change));
        Assert.Contains("Its 7% is the change against the earlier figure (4,751), 7.98%, cut rather than rounded; rounded, the change is 8%.", ChangeNarrative.DescribePrinted(Printed(7), change), StringComparison.Ordinal);
    }

    [Fact]
    public void A_printed_percentage_cannot_be_checked_from_an_earlier_figure_of_zero()
    {
        Assert.Equal(PrintedPercentCheck.CannotCheck, Printed(18).Check(Change(0, 79)));
        Assert.Null(ChangeNarrative.DescribePrinted(Printed(18), Change(0, 79)));
    }

    [Fact]
    public void The_note_beside_a_printed_sentence_says_what_its_percentage_is_and_gives_the_correct_one()
    {
        // 79 / 447 -> 18% as printed; 79 / 368 -> 21%.
        Assert.Equal(
            "The paper printed: \u201cViolent crime has increased in Q3 by 18% (+79) compared to Q2.\u201d Its 18% is the change as a share of the later figure (447); against the earlier figure (368) the change is 21%.",
            ChangeNarrative.DescribePrinted(Printed(18), Change(368, 447)));
        Assert.Equal(
            "The paper printed: \u201cViolent crime has increased in Q3 by 18% (+79) compared to Q2.\u201d Its 19% does not match the figures; against the earlier figure (368) the change is 21%.",
            ChangeNarrative.DescribePrinted(Printed(19), Change(368, 447)));
        Assert.Equal(
            "The paper printed: \u201cViolent crime has increased in Q3 by 18% (+79) compared to Q2.\u201d Its percentage agrees with the change against the earlier figure.",
            ChangeNarrative.DescribePrinted(Printed(21), Change(368, 447)));
    }

    [Theory]
    // 368 -> 447: +79, 21% of 368.
    [InlineData(MeasureUnit.Count, 368, 447, "+21% (+79)")]
    // 1,614 -> 1,196: -418, 26% of 1,614.
    [InlineData(MeasureUnit.Count, 1614, 1196, "-26% (-418)")]
    // 1,000 -> 1,004: 0.4% rounds to 0.
    [InlineData(MeasureUnit.Count, 1000, 1004, "+0% (+4)")]
    // From zero: the difference only.
    [InlineData(MeasureUnit.Count, 0, 5, "+5")]
    [InlineData(MeasureUnit.Count, 295, 295, "no change")]
    // 83% -> 86%: 3 percentage points; 20% -> 21%: 1 point.
    [InlineData(MeasureUnit.Percentage, 83, 86, "+3 pts")]
    [InlineData(MeasureUnit.Percentage, 21, 20, "-1 pt")]
    public void The_brief_wording_of_a_change_fits_a_table_cell(MeasureUnit unit, int from, int to, string expected) =>
        Assert.Equal(expected, ChangeNarrative.Brief(unit, Change(from, to)));
}
