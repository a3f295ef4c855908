using System.Globalization;
using Nhp.Findings;
using Nhp.Importing;

namespace Nhp.Governance.Tables;

/// <summary>
/// Reads a crosstab from the text a table copied out of a document gives: a header row of column labels, then one row
/// per category with its label first and its counts after, separated by tabs. It understands what such exports do to
/// a table: a label that wraps over several lines with the figures on its last line (<c>14: Victim</c> /
/// <c>declines/unable to</c> / … <c>identify offender	3	3	1	2	1	10	24.39</c>), label columns with no figures
/// under them (<c>AGE</c>), a printed TOTAL column and row, and a percentage column (a header with <c>%</c>). Nothing
/// in it is specific to one table. Thread-safe.
/// </summary>
public static class TextTableReader
{
    /// <summary>Reads the table in a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The table's id, title and dimension names.</param>
    /// <returns>The table and the findings made while reading; no table when no row has figures.</returns>
    /// <exception cref="NhpInputException">The file is empty.</exception>
    public static ImportResult<CrossTab> Read(string path, TextTableOptions options) => ImportInput.FromPath(path, (r, s) => Read(r, s, options));

    /// <summary>Reads a table from a stream (UTF-8), leaving it open.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="source">The input's name for findings.</param>
    /// <param name="options">The table's id, title and dimension names.</param>
    /// <returns>The table and the findings made while reading.</returns>
    /// <exception cref="NhpInputException">The input is empty.</exception>
    public static ImportResult<CrossTab> Read(Stream stream, string? source, TextTableOptions options) => ImportInput.FromStream(stream, source, (r, s) => Read(r, s, options));

    /// <summary>Reads a table from text.</summary>
    /// <param name="reader">The input.</param>
    /// <param name="source">The input's name for findings.</param>
    /// <param name="options">The table's id, title and dimension names.</param>
    /// <returns>The table and the findings made while reading.</returns>
    /// <exception cref="NhpInputException">The input is empty.</exception>
    public static ImportResult<CrossTab> Read(TextReader reader, string? source, TextTableOptions options)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        var lines = new List<(int Line, string[] Cells)>();
        var number = 0;
        while (reader.ReadLine() is { } text)
        {
            number++;
            if (text.Trim().Length > 0)
            {
                lines.Add((number, [.. TrimEnd(text.Split(options.Separator)).Select(c => c.Trim())]));
            }
        }

        if (lines.Count == 0)
        {
            throw new NhpInputException("The table is empty: expected a header row of column labels, then rows of a label and counts separated by tabs.", new SourceLocation(source, null));
        }

        var findings = new List<Finding>();
        var subject = options.Id;
        var header = lines[0].Cells;
        var body = Rows(lines.Skip(1), header.Length, source, options.Id, findings);

        // A column with a header and no figure in any row is a label column (the "AGE" over the age bands).
        bool IsTotal(string label) => string.Equals(label, options.TotalLabel, StringComparison.OrdinalIgnoreCase);
        var labelColumns = Enumerable.Range(1, Math.Max(0, header.Length - 1)).Where(i => body.All(r => i >= r.Cells.Length || r.Cells[i].Length == 0)).ToHashSet();
        var totalColumn = Enumerable.Range(1, Math.Max(0, header.Length - 1)).Where(i => IsTotal(header[i])).Cast<int?>().FirstOrDefault();
        var percentColumn = Enumerable.Range(1, Math.Max(0, header.Length - 1)).Where(i => header[i].Contains('%', StringComparison.Ordinal)).Cast<int?>().FirstOrDefault();
        int[] categories = [.. Enumerable.Range(1, Math.Max(0, header.Length - 1)).Where(i => !labelColumns.Contains(i) && i != totalColumn && i != percentColumn)];
        var corner = string.Join(" ", new[] { header[0] }.Concat(labelColumns.Order().Select(i => header[i])).Where(t => t.Length > 0));

        var rowLabels = new List<string>();
        var counts = new List<IReadOnlyList<int>>();
        var rowTotals = new List<int?>();
        var percents = new List<decimal?>();
        var locations = new List<SourceLocation?>();
        IReadOnlyList<int?> columnTotals = [];
        int? grandTotal = null;
        SourceLocation? totalsAt = null;
        var decimals = 0;
        foreach (var (line, label, cells) in body)
        {
            var at = new SourceLocation(source, line);
            var ok = true;
            int? Count(int column, bool required)
            {
                var text = column < cells.Length ? cells[column] : string.Empty;
                if (text.Length == 0)
                {
                    if (required)
                    {
                        findings.Add(GovernanceImportRules.ValueInvalidRule.Finding(subject, header[column],
                            $"The row \"{label}\" has no figure under \"{header[column]}\"; every category needs a count (0 when none). The row was not read.", at));
                        ok = false;
                    }

                    return null;
                }

                if (int.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                {
                    return value;
                }

                findings.Add(GovernanceImportRules.ValueInvalidRule.Finding(subject, header[column],
                    $"The row \"{label}\" has \"{text}\" under \"{header[column]}\", which is not a whole number (accepted: 0, 12, 1,816). The row was not read.", at));
                ok = false;
                return null;
            }

            var isTotals = IsTotal(label);
            var row = categories.Select(c => Count(c, !isTotals)).ToArray();
            var total = totalColumn is { } tc ? Count(tc, false) : null;
            decimal? percent = null;
            if (percentColumn is { } pc && pc < cells.Length && cells[pc].Length > 0)
            {
                var text = cells[pc].TrimEnd('%');
                if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var p))
                {
                    percent = p;
                    var dot = text.IndexOf('.', StringComparison.Ordinal);
                    decimals = Math.Max(decimals, dot < 0 ? 0 : text.Length - dot - 1);
                }
                else
                {
                    findings.Add(GovernanceImportRules.ValueInvalidRule.Finding(subject, header[pc],
                        $"The row \"{label}\" has \"{cells[pc]}\" under \"{header[pc]}\", which is not a percentage (accepted: 24.39, 24.39%). The row was not read.", at));
                    ok = false;
                }
            }

            if (!ok)
            {
                continue;
            }

            if (isTotals)
            {
                columnTotals = row;
                grandTotal = total;
                totalsAt = at;
                continue;
            }

            rowLabels.Add(label);
            counts.Add([.. row.Select(c => c!.Value)]);
            rowTotals.Add(total);
            percents.Add(percent);
            locations.Add(at);
        }

        if (counts.Count == 0)
        {
            findings.Add(GovernanceImportRules.RowMalformedRule.Finding(subject, null, "No row of the table has figures, so no table was read.", new SourceLocation(source, lines[0].Line)));
            return new ImportResult<CrossTab>(null, findings, source);
        }

        var table = new CrossTab
        {
            Id = options.Id,
            Title = options.Title,
            Rows = new TableDimension(options.RowDimension, rowLabels),
            Columns = new TableDimension(options.ColumnDimension, [.. categories.Select(c => header[c])]),
            Counts = counts,
            PrintedRowTotals = totalColumn is null ? [] : rowTotals,
            PrintedColumnTotals = columnTotals,
            PrintedGrandTotal = grandTotal,
            Percentages = percentColumn is { } column ? new PercentageColumn(header[column], percents, decimals) : null,
            CornerText = corner.Length == 0 ? null : corner,
            RowLocations = locations,
            TotalsLocation = totalsAt,
        };
        return new ImportResult<CrossTab>(table, findings, source);
    }

    // Joins wrapped labels: a line with a label and no figures starts (or continues) a label whose figures come on a
    // later line. A row with more cells than the header is reported and left out.
    private static List<(int Line, string Label, string[] Cells)> Rows(IEnumerable<(int Line, string[] Cells)> lines, int width, string? source, string subject, List<Finding> findings)
    {
        var rows = new List<(int, string, string[])>();
        var pending = new List<string>();
        var pendingLine = 0;
        foreach (var (line, cells) in lines)
        {
            if (cells.Length > width)
            {
                findings.Add(GovernanceImportRules.RowMalformedRule.Finding(subject, null,
                    string.Create(CultureInfo.InvariantCulture, $"The row \"{cells[0]}\" has {cells.Length} cells but the header has {width} columns, so it was not read."), new SourceLocation(source, line)));
                pending.Clear();
                continue;
            }

            var hasFigures = cells.Skip(1).Any(c => c.Length > 0);
            if (!hasFigures)
            {
                if (pending.Count == 0)
                {
                    pendingLine = line;
                }

                pending.Add(cells[0]);
                continue;
            }

            var label = string.Join(" ", pending.Append(cells[0]).Where(p => p.Length > 0));
            rows.Add((pending.Count > 0 ? pendingLine : line, label, cells));
            pending.Clear();
        }

        if (pending.Count > 0)
        {
            findings.Add(GovernanceImportRules.RowMalformedRule.Finding(subject, null,
                $"The label \"{string.Join(" ", pending)}\" is never followed by a line with its figures, so it was not read.", new SourceLocation(source, pendingLine)));
        }

        return rows;
    }

    private static IEnumerable<string> TrimEnd(string[] cells)
    {
        var end = cells.Length;
        while (end > 1 && cells[end - 1].Trim().Length == 0)
        {
            end--;
        }

        return cells.Take(end);
    }
}
