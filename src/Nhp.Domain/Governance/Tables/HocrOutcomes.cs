using System.Globalization;

namespace Nhp.Governance.Tables;

/// <summary>
/// The crime outcome types of the Home Office Counting Rules (outcomes framework, outcome types 1 to 22), with their
/// titles and which are positive outcomes (1–4 and 6–8), and the code of an outcome as a paper labels it
/// (<c>1. Charged</c>, <c>14: Victim declines/unable to support action to identify offender</c>).
/// </summary>
public static class HocrOutcomes
{
    /// <summary>Every outcome type, in code order.</summary>
    public static IReadOnlyList<HocrOutcome> All { get; } =
    [
        new(1, "Charged/Summonsed", true),
        new(2, "Youth caution", true),
        new(3, "Adult caution", true),
        new(4, "Taken into consideration", true),
        new(5, "The offender has died", false),
        new(6, "Penalty Notice for Disorder", true),
        new(7, "Cannabis/Khat warning", true),
        new(8, "Community resolution", true),
        new(9, "Prosecution not in the public interest (CPS decision)", false),
        new(10, "Formal action against the offender is not in the public interest (police decision)", false),
        new(11, "Prosecution prevented: named suspect identified but below the age of criminal responsibility", false),
        new(12, "Prosecution prevented: named suspect identified but too ill to prosecute", false),
        new(13, "Prosecution prevented: named suspect identified but the victim or key witness is dead or too ill to give evidence", false),
        new(14, "Evidential difficulties victim based \u2013 named suspect not identified: the victim declines or is unable to support further police action to identify the offender", false),
        new(15, "Named suspect identified: victim supports police action but evidential difficulties prevent further action", false),
        new(16, "Named suspect identified: evidential difficulties prevent further action; victim does not support (or has withdrawn support from) police action", false),
        new(17, "Prosecution time limit expired: suspect identified but the time limit for prosecution has passed", false),
        new(18, "Investigation complete \u2013 no suspect identified", false),
        new(19, "National Fraud Intelligence Bureau filed: no investigative opportunities", false),
        new(20, "Further action resulting from the crime report will be undertaken by another body or agency", false),
        new(21, "Further investigation, resulting from the crime report, which could provide evidence sufficient to support formal action being taken against the named suspect, is not in the public interest \u2013 police decision", false),
        new(22, "Diversionary, educational or intervention activity, resulting from the crime report, has been undertaken and it is not in the public interest to take any further action", false),
    ];

    /// <summary>The outcome type with code <paramref name="code"/>, or null.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The outcome type or null.</returns>
    public static HocrOutcome? Find(int code) => All.FirstOrDefault(o => o.Code == code);

    /// <summary>
    /// The outcome type a label names by its leading code (<c>1. Charged</c>, <c>14: Victim declines…</c>,
    /// <c>Outcome 18</c>), or null when the label starts with no known code.
    /// </summary>
    /// <param name="label">The label as printed.</param>
    /// <returns>The outcome type or null.</returns>
    public static HocrOutcome? FromLabel(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var text = label.Trim();
        if (text.StartsWith("outcome", StringComparison.OrdinalIgnoreCase))
        {
            text = text[7..].TrimStart();
        }

        var digits = new string([.. text.TakeWhile(char.IsAsciiDigit)]);
        if (digits.Length == 0 || digits.Length > 2 || (text.Length > digits.Length && char.IsAsciiLetterOrDigit(text[digits.Length])))
        {
            return null;
        }

        return Find(int.Parse(digits, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The positive outcomes of a table whose rows are outcomes (labelled with their codes): the sum of the rows whose
    /// code is a positive outcome, and the table's grand total.
    /// </summary>
    /// <param name="table">The table; rows whose label names no code count only in the total.</param>
    /// <returns>The positive outcomes and the total.</returns>
    public static (int Positive, int Total) PositiveOutcomes(CrossTab table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var positive = Enumerable.Range(0, table.Rows.Categories.Count).Where(r => FromLabel(table.Rows.Categories[r])?.IsPositive == true).Sum(table.RowTotal);
        return (positive, table.GrandTotal);
    }
}
