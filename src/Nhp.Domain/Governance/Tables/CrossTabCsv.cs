using System.Globalization;
using System.Text;
using Nhp.Text;

namespace Nhp.Governance.Tables;

/// <summary>Writes crosstabs as CSV in long form, one count a row, for a spreadsheet or a statistics package.</summary>
public static class CrossTabCsv
{
    /// <summary>
    /// The tables as CSV with the header <c>table,row-dimension,row,column-dimension,column,count</c>, one cell a row in
    /// printed order; labels are guarded against spreadsheet formulas.
    /// </summary>
    /// <param name="tables">The tables.</param>
    /// <returns>The CSV text, lines ending in <c>\n</c>.</returns>
    public static string Write(IEnumerable<CrossTab> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var text = new StringBuilder();
        Csv.AppendRecord(text, "table", "row-dimension", "row", "column-dimension", "column", "count");
        foreach (var table in tables)
        {
            for (var r = 0; r < table.Counts.Count; r++)
            {
                for (var c = 0; c < table.Columns.Categories.Count; c++)
                {
                    Csv.AppendRecord(
                        text,
                        Csv.TextField(table.Id),
                        Csv.TextField(table.Rows.Name),
                        Csv.TextField(table.Rows.Categories[r]),
                        Csv.TextField(table.Columns.Name),
                        Csv.TextField(table.Columns.Categories[c]),
                        table.Counts[r][c].ToString(CultureInfo.InvariantCulture));
                }
            }
        }

        return text.ToString();
    }
}
