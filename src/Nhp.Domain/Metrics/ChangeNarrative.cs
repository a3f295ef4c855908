using System.Text;
using Nhp.Periods;

namespace Nhp.Metrics;

/// <summary>
/// Writes a change as a sentence in the committee's style, with the arithmetic done against the earlier value and
/// the base named: <c>Violent crime increased by 21% (+79) from Q2 to Q3 2023/24, from 368 to 447 (change measured
/// against Q2 2023/24, the earlier figure).</c> Percentages are rounded to whole numbers, half away from zero; a
/// change of less than 0.5% is written "less than 1%". Percentage measures move in percentage points.
/// </summary>
public static class ChangeNarrative
{
    /// <summary>Describes <paramref name="change"/> of <paramref name="measure"/> in one sentence.</summary>
    /// <param name="measure">The measure (its subject, unit).</param>
    /// <param name="change">The change.</param>
    /// <returns>The sentence, ending with a full stop.</returns>
    public static string Describe(MeasureDefinition measure, Change change)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(change);
        var unit = measure.Unit;
        var from = MeasureFormat.Value(change.BaseValue, unit);
        var to = MeasureFormat.Value(change.Value, unit);
        var text = new StringBuilder(measure.Subject);

        if (change.Kind == ChangeKind.AverageChangePerQuarter)
        {
            return AveragePerQuarter(measure, change);
        }

        if (change.Kind == ChangeKind.AgainstAverage)
        {
            var quarters = change.Comparison?.From is { } first
                ? $"{first} to {change.Comparison.To ?? change.Period.Previous} ({Quarters(change.BasePeriodCount)})"
                : change.BasePeriodCount == 1 ? "the previous quarter" : $"the previous {change.BasePeriodCount} quarters";
            text.Append(" in ").Append(change.Period).Append(" was ");
            if (change.Direction == 0)
            {
                return text.Append("equal to the average of ").Append(quarters).Append(", ").Append(to).Append('.').ToString();
            }

            text.Append(Magnitude(change, unit)).Append(change.Direction > 0 ? " above" : " below")
                .Append(" the average of ").Append(quarters).Append(", ").Append(to).Append(" against ").Append(from)
                .Append(" (change measured against that average).");
            return text.ToString();
        }

        if (change.Kind == ChangeKind.YearToDate && change.BasePeriod is { } lastYear)
        {
            var before = PeriodTotal.Spans(new FinancialQuarter(lastYear.Year, 1), lastYear);
            var now = PeriodTotal.Spans(new FinancialQuarter(change.Period.Year, 1), change.Period);
            text.Append(" in the year to date, ").Append(now).Append(", ");
            if (change.Direction == 0)
            {
                return text.Append("was unchanged at ").Append(to).Append(" on the same quarters of ").Append(lastYear.Year).Append('.').ToString();
            }

            return text.Append(change.Direction > 0 ? "increased by " : "decreased by ").Append(Magnitude(change, unit))
                .Append(" on the same quarters a year earlier, from ").Append(from).Append(" in ").Append(before).Append(" to ").Append(to)
                .Append(" (change measured against ").Append(before).Append(", the earlier figure).").ToString();
        }

        if (change.Kind == ChangeKind.AgainstBenchmark)
        {
            var benchmark = measure.BenchmarkText is { } named ? "the " + named : "the benchmark";
            text.Append(" in ").Append(change.Period).Append(" was ");
            if (change.Direction == 0)
            {
                return text.Append("equal to ").Append(benchmark).Append(", ").Append(to).Append('.').ToString();
            }

            return text.Append(Magnitude(change, unit)).Append(change.Direction > 0 ? " above " : " below ").Append(benchmark)
                .Append(", ").Append(to).Append(" against ").Append(from).Append(" (change measured against the benchmark).").ToString();
        }

        var span = Span(change.BasePeriod!.Value, change.Period);
        if (change.Direction == 0)
        {
            return text.Append(" was unchanged at ").Append(to).Append(' ').Append(span).Append('.').ToString();
        }

        text.Append(unit == MeasureUnit.Percentage
                ? change.Direction > 0 ? " rose by " : " fell by "
                : change.Direction > 0 ? " increased by " : " decreased by ")
            .Append(Magnitude(change, unit)).Append(' ').Append(span)
            .Append(", from ").Append(from).Append(" to ").Append(to);
        var what = change.Kind == ChangeKind.SincePeak ? "the peak" : "the earlier figure";
        if (unit != MeasureUnit.Percentage)
        {
            text.Append(" (change measured against ").Append(change.BasePeriod.Value).Append(", ").Append(what).Append(')');
        }
        else if (change.Kind == ChangeKind.SincePeak)
        {
            text.Append(" (").Append(change.BasePeriod.Value).Append(" was the peak)");
        }

        return text.Append('.').ToString();
    }

    /// <summary>
    /// What to say beside a paper's sentence whose base figure it does not give, from the base its printed difference
    /// implies (<see cref="PrintedChange.ImpliedChange"/>): the sentence quoted, the derived base named as derived, and
    /// whether the printed percentage agrees with the change against it.
    /// </summary>
    /// <param name="printed">The paper's sentence, percentage and difference.</param>
    /// <param name="implied">The change against the implied base.</param>
    /// <returns>The note, or null when the implied base is zero.</returns>
    public static string? DescribeImplied(PrintedChange printed, Change implied)
    {
        ArgumentNullException.ThrowIfNull(printed);
        ArgumentNullException.ThrowIfNull(implied);
        if (implied.WholePercent is not { } ours)
        {
            return null;
        }

        var where = implied.BasePeriod is { } quarter ? $"no figure for {quarter}" : "no figure for its base";
        var head = $"The paper printed: \u201c{printed.Text}\u201d It gives {where}; its difference ({MeasureFormat.SignedDifference(implied.Difference)}) implies " +
            $"{MeasureFormat.Number(implied.BaseValue)} (derived: {MeasureFormat.Number(implied.Value)} {(implied.Difference < 0 ? "+" : "-")} {MeasureFormat.Number(Math.Abs(implied.Difference))}), against which the change is {MeasureFormat.Number(ours)}%";
        return printed.Check(implied) switch
        {
            PrintedPercentCheck.Agrees => head + ": its percentage agrees.",
            PrintedPercentCheck.ShareOfLaterFigure => head + $"; its {MeasureFormat.Number(printed.PrintedPercent)}% is the change as a share of the later figure ({MeasureFormat.Number(implied.Value)}).",
            PrintedPercentCheck.Truncated => head + $"; its {MeasureFormat.Number(printed.PrintedPercent)}% is that change cut rather than rounded.",
            _ => head + $"; its {MeasureFormat.Number(printed.PrintedPercent)}% does not match.",
        };
    }

    /// <summary>
    /// A change in a few characters, for a table cell: <c>+21% (+79)</c> (the whole percentage against the earlier
    /// figure, then the difference), <c>+3 pts</c> for a percentage measure, <c>+5</c> from an earlier figure of zero,
    /// <c>no change</c>; an average change per quarter ends <c>a quarter</c> (<c>+2% (+3.67) a quarter</c>).
    /// </summary>
    /// <param name="unit">The measure's unit.</param>
    /// <param name="change">The change.</param>
    /// <returns>The text.</returns>
    public static string Brief(MeasureUnit unit, Change change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Direction == 0)
        {
            return "no change";
        }

        var difference = MeasureFormat.SignedDifference(change.Step);
        var perQuarter = change.Kind == ChangeKind.AverageChangePerQuarter ? " a quarter" : string.Empty;
        if (unit == MeasureUnit.Percentage)
        {
            return difference + (Math.Abs(change.Step) == 1 ? " pt" : " pts") + perQuarter;
        }

        return (change.WholePercent is { } whole
            ? (change.Direction < 0 ? "-" : "+") + MeasureFormat.Number(whole) + "% (" + difference + ")"
            : difference) + perQuarter;
    }

    /// <summary>
    /// What to say beside a paper's own sentence about <paramref name="change"/>: the sentence quoted, then whether its
    /// percentage agrees with the change against the earlier figure, and when not, what it is and the correct figure.
    /// </summary>
    /// <param name="printed">The paper's sentence and percentage.</param>
    /// <param name="change">The computed change for the same measure and quarter.</param>
    /// <returns>The note, or null when the earlier figure is zero and no percentage can be compared.</returns>
    public static string? DescribePrinted(PrintedChange printed, Change change)
    {
        ArgumentNullException.ThrowIfNull(printed);
        ArgumentNullException.ThrowIfNull(change);
        var quoted = $"The paper printed: \u201c{printed.Text}\u201d";
        var its = $"Its {MeasureFormat.Number(printed.PrintedPercent)}%";
        var against = change.Kind switch
        {
            ChangeKind.AgainstAverage => "against the average",
            ChangeKind.AverageChangePerQuarter => "from the first figure",
            ChangeKind.SincePeak => "against the peak",
            ChangeKind.YearToDate => "against the same quarters a year earlier",
            _ => "against the earlier figure",
        };
        var what = change.Kind == ChangeKind.AverageChangePerQuarter ? "the average change per quarter" : "the change";
        var correct = $"{against} ({MeasureFormat.Number(change.BaseValue)}) {what} is {MeasureFormat.Number(change.WholePercent ?? 0)}%.";
        return printed.Check(change) switch
        {
            PrintedPercentCheck.Agrees => $"{quoted} Its percentage agrees with {what} {against}.",
            PrintedPercentCheck.ShareOfLaterFigure => $"{quoted} {its} is the change as a share of the later figure ({MeasureFormat.Number(change.Value)}); {correct}",
            PrintedPercentCheck.Truncated => $"{quoted} {its} is the change {against} ({MeasureFormat.Number(change.BaseValue)}), {MeasureFormat.Number(Math.Round(Math.Abs(change.Percent!.Value), 2, MidpointRounding.AwayFromZero))}%, cut rather than rounded; rounded, {what} is {MeasureFormat.Number(change.WholePercent ?? 0)}%.",
            PrintedPercentCheck.DoesNotMatch => $"{quoted} {its} does not match the figures; {correct}",
            _ => null,
        };
    }

    private static string AveragePerQuarter(MeasureDefinition measure, Change change)
    {
        var unit = measure.Unit;
        var text = new StringBuilder(measure.Subject);
        var span = $"over {Quarters(change.BasePeriodCount)} from {change.BasePeriod} to {change.Period}, from {MeasureFormat.Value(change.BaseValue, unit)} to {MeasureFormat.Value(change.Value, unit)}";
        if (change.Direction == 0)
        {
            text.Append(" did not change on average ").Append(span).Append('.');
        }
        else
        {
            var step = Math.Abs(change.Step);
            text.Append(change.Direction > 0 ? " rose" : " fell").Append(" on average by ");
            if (unit == MeasureUnit.Percentage)
            {
                text.Append(MeasureFormat.Number(step)).Append(step == 1 ? " percentage point" : " percentage points").Append(" a quarter ");
            }
            else
            {
                text.Append(MeasureFormat.Value(step, unit)).Append(" a quarter");
                if (change.Percent is { } percent)
                {
                    text.Append(" (").Append(Math.Abs(percent) < 0.5m ? "less than 1" : MeasureFormat.WholePercent(percent)).Append("% of the ").Append(change.BasePeriod).Append(" figure)");
                }

                text.Append(' ');
            }

            text.Append(span).Append('.');
        }

        if (change.Comparison?.From is { } stated && change.BasePeriod is { } start && stated != start)
        {
            text.Append(" The comparison starts at ").Append(stated).Append(", which has no figure here, so it is measured from ").Append(start).Append(", the first quarter with one.");
        }

        return text.ToString();
    }

    private static string Quarters(int count) => count == 1 ? "1 quarter" : count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " quarters";

    private static string Magnitude(Change change, MeasureUnit unit)
    {
        if (unit == MeasureUnit.Percentage)
        {
            var points = Math.Abs(change.Difference);
            return MeasureFormat.Number(points) + (points == 1 ? " percentage point" : " percentage points");
        }

        var difference = "(" + MeasureFormat.SignedDifference(change.Difference) + ")";
        if (change.Percent is not { } percent)
        {
            return difference[1..^1] + " (no percentage: the earlier figure was zero)";
        }

        var whole = Math.Abs(percent) < 0.5m ? "less than 1" : MeasureFormat.WholePercent(percent);
        return whole + "% " + difference;
    }

    private static string Span(FinancialQuarter from, FinancialQuarter to) =>
        from.Year == to.Year
            ? $"from Q{from.Quarter} to {to}"
            : $"from {from} to {to}";
}
