using Nhp.Periods;

namespace Nhp.Metrics;

/// <summary>
/// A count derived from a rate and its denominator, for a quarter where a paper gives both: positive outcomes = the
/// positive outcome rate × crimes recorded (21% of 1,816 is 381). The rate is as printed, usually rounded to a whole
/// percent, so the derived count is approximate; where the paper also printed the count it is kept beside it.
/// Immutable; equality by value.
/// </summary>
/// <param name="Period">The quarter.</param>
/// <param name="Rate">The rate as a percentage (21 for 21%).</param>
/// <param name="Denominator">The denominator (crimes recorded).</param>
/// <param name="Printed">The count the paper printed, or null when it printed none.</param>
public sealed record CountFromRate(FinancialQuarter Period, decimal Rate, decimal Denominator, decimal? Printed)
{
    /// <summary>The rate times the denominator, rounded to a whole number half away from zero.</summary>
    public decimal Derived => Math.Round(Rate / 100m * Denominator, 0, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Whether the printed count is consistent with the printed rate: the count divided by the denominator rounds to
    /// the rate at the rate's precision (381 / 1,816 = 20.98%, printed 21%). True when nothing was printed.
    /// </summary>
    public bool PrintedAgrees
    {
        get
        {
            if (Printed is not { } printed || Denominator == 0)
            {
                return true;
            }

            var decimals = BitConverter.GetBytes(decimal.GetBits(Rate)[3])[2];
            return Math.Round(printed / Denominator * 100m, decimals, MidpointRounding.AwayFromZero) == Rate;
        }
    }
}
