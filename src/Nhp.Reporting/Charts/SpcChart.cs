using System.Globalization;
using Nhp.Metrics.Spc;
using Nhp.Reporting.Performance;

namespace Nhp.Reporting.Charts;

/// <summary>
/// An SPC chart of any series as a small, self-contained SVG: the values joined by a line, the mean, the process
/// limits dashed, and special-cause points drawn larger with a ring; an accessible title and description; the x-axis
/// labelled. The same drawing the performance report uses.
/// </summary>
/// <remarks>
/// The SVG has no script, no event attributes, no external references and no styles beyond presentation attributes;
/// every text it carries (title, description, labels) is escaped. Coordinates are rounded to one decimal with the
/// invariant culture, so the same input gives byte-identical output. Lines end with <c>\n</c> and none is blank, so the
/// SVG can sit inside Markdown. Thread-safe.
/// </remarks>
public static class SpcChart
{
    /// <summary>Draws <paramref name="values"/> with the centre line, limits and signals of <paramref name="result"/>.</summary>
    /// <param name="values">The values, in order; the same values <paramref name="result"/> was computed from, without missing ones.</param>
    /// <param name="result">The SPC result of the values (<see cref="SpcAnalysis.Analyse(IReadOnlyList{double}, SpcOptions)"/>); without enough data only the values are drawn.</param>
    /// <param name="options">Title, description, labels and id; null for the defaults.</param>
    /// <returns>The SVG document, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> or <paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// There are no values, a value is not finite, the result has a different number of points, the labels are not one
    /// per value, or the id has characters other than letters, digits, <c>-</c> and <c>_</c>.
    /// </exception>
    public static string Svg(IReadOnlyList<double> values, SpcResult result, SpcChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(result);
        options ??= new SpcChartOptions();
        if (values.Count == 0)
        {
            throw new ArgumentException("An SPC chart needs at least one value.", nameof(values));
        }

        if (values.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Every value of an SPC chart must be a finite number.", nameof(values));
        }

        if (result.HasEnoughData && result.Points.Count != values.Count)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The result has {result.Points.Count} points but {values.Count} values were given: chart the values the result was computed from."),
                nameof(result));
        }

        if (options.Labels is { } labels && labels.Count != values.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Give one label per value: {labels.Count} labels for {values.Count} values."), nameof(options));
        }

        if (options.Id.Length == 0 || !options.Id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException($"The chart id '{options.Id}' must be letters, digits, '-' and '_' only.", nameof(options));
        }

        var labelsOrNumbers = options.Labels ?? [.. Enumerable.Range(1, values.Count).Select(i => i.ToString(CultureInfo.InvariantCulture))];
        return SpcChartSvg.Render(options.Id, options.Title, options.Description ?? Describe(values, result), labelsOrNumbers, values, result);
    }

    /// <summary>A sentence describing a chart: how many points, the mean and limits with the method, and how many are special causes.</summary>
    /// <param name="values">The values.</param>
    /// <param name="result">Their SPC result.</param>
    /// <returns>The sentence.</returns>
    private static string Describe(IReadOnlyList<double> values, SpcResult result)
    {
        var points = values.Count == 1 ? "1 point" : string.Create(CultureInfo.InvariantCulture, $"{values.Count} points");
        if (!result.HasEnoughData)
        {
            return $"{points}; no control limits: {result.NotEnoughDataReason}";
        }

        var signals = result.Points.Count(p => p.Signals != SpcSignals.None);
        var method = result.Method switch
        {
            SpcMethod.Sd2 => "mean \u00b1 2 standard deviations",
            SpcMethod.Nhs => "NHS XmR, mean \u00b1 2.66 \u00d7 mean moving range",
            _ => "Anh\u00f8j I chart, mean \u00b1 3 \u00d7 mean moving range / 1.128",
        };
        return $"{points}; mean {SpcChartSvg.N(result.Centre!.Value)}, limits {SpcChartSvg.N(result.LowerLimit!.Value)} to {SpcChartSvg.N(result.UpperLimit!.Value)} ({method}); " +
            (signals == 0 ? "no point is a special cause." : string.Create(CultureInfo.InvariantCulture, $"{signals} point(s) are special causes."));
    }
}
