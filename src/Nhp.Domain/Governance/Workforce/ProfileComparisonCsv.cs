using System.Globalization;
using System.Text;
using Nhp.Text;

namespace Nhp.Governance.Workforce;

/// <summary>Writes the comparison of a workforce with a population as CSV, one category a row, for a spreadsheet.</summary>
public static class ProfileComparisonCsv
{
    /// <summary>The columns <see cref="Write"/> writes, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["characteristic", "category", "not-stated", "workforce-percent", "workforce-stated-percent", "population-percent", "difference-points"];

    /// <summary>
    /// The rows of <see cref="WorkforceDiversity.Compare"/> as CSV with the header <see cref="Columns"/>: shares in
    /// percent with up to two decimals, empty where a side has none; labels guarded against spreadsheet formulas.
    /// </summary>
    /// <param name="workforce">The workforce and the population it is compared with.</param>
    /// <returns>The CSV text, lines ending in <c>\n</c>.</returns>
    public static string Write(WorkforceDiversity workforce)
    {
        ArgumentNullException.ThrowIfNull(workforce);
        var text = new StringBuilder();
        Csv.AppendRecord(text, [.. Columns]);
        foreach (var row in workforce.Compare())
        {
            Csv.AppendRecord(
                text,
                Csv.TextField(row.Characteristic),
                Csv.TextField(row.Category),
                row.IsNotStated ? "yes" : "no",
                Number(row.Workforce),
                Number(row.WorkforceStated),
                Number(row.Population),
                Number(row.Difference));
        }

        return text.ToString();
    }

    private static string Number(decimal? value) => value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture) : string.Empty;
}
