using System.Globalization;

namespace Nhp.Metrics;

/// <summary>Culture-invariant formatting of measure values, as committee papers write them.</summary>
public static class MeasureFormat
{
    /// <summary>
    /// Formats <paramref name="value"/> in <paramref name="unit"/>: <c>1,196</c>, <c>95.5%</c>, <c>£101</c>,
    /// <c>12.5 hours</c>; at most two decimals, thousands separated by commas.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="unit">Its unit.</param>
    /// <returns>The formatted value.</returns>
    public static string Value(decimal value, MeasureUnit unit)
    {
        var number = Number(value);
        return unit switch
        {
            MeasureUnit.Percentage => number + "%",
            MeasureUnit.Money => value < 0 ? "-£" + Number(-value) : "£" + number,
            MeasureUnit.Hours => number + " hours",
            _ => number,
        };
    }

    /// <summary>A signed difference, as in <c>(+79)</c> or <c>(-429)</c>: <c>+79</c>, <c>-429</c>, <c>0</c>.</summary>
    /// <param name="difference">The difference.</param>
    /// <returns>The formatted difference.</returns>
    public static string SignedDifference(decimal difference) =>
        difference > 0 ? "+" + Number(difference) : difference < 0 ? "-" + Number(-difference) : "0";

    /// <summary>A number with thousands separators and at most two decimals, rounded half away from zero.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The formatted number.</returns>
    public static string Number(decimal value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>A percentage rounded to a whole number, half away from zero, without the sign: <c>21</c>.</summary>
    /// <param name="percent">The percentage.</param>
    /// <returns>The formatted magnitude.</returns>
    public static string WholePercent(decimal percent) =>
        Math.Round(Math.Abs(percent), 0, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);
}
