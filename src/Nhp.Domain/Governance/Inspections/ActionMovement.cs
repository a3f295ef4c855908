using System.Globalization;

namespace Nhp.Governance.Inspections;

/// <summary>
/// How a register's open actions moved between two dates: open at the start, new (raised after the start, by the end),
/// closed (closed after the start, by the end) and open at the end. Immutable; equality is by value.
/// </summary>
/// <param name="OpenAtStart">Actions open at the end of the start date.</param>
/// <param name="New">Actions raised after the start date and on or before the end date.</param>
/// <param name="Closed">Actions closed after the start date and on or before the end date.</param>
/// <param name="OpenAtEnd">Actions open at the end of the end date.</param>
public sealed record ActionMovement(int OpenAtStart, int New, int Closed, int OpenAtEnd)
{
    /// <summary>What the start, new and closed figures give: open at start + new − closed.</summary>
    public int Expected => OpenAtStart + New - Closed;

    /// <summary>Whether open at start + new − closed equals open at end.</summary>
    public bool Reconciles => Expected == OpenAtEnd;

    /// <summary>The movement as a sum: <c>200 + 57 − 142 = 115 (open at end 109)</c>.</summary>
    /// <returns>The text, culture-invariant.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{OpenAtStart} + {New} \u2212 {Closed} = {Expected} (open at end {OpenAtEnd})");
}
