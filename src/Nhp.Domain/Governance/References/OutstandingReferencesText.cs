using Nhp.Findings;
using Nhp.Importing;
using NodaTime;

namespace Nhp.Governance.References;

/// <summary>
/// Reads a committee's outstanding references from the table a paper prints, as text: a header row (columns found by
/// their names: No./Reference, Meeting, Action, Owner, Status) and one reference a row, cells separated by tabs (or,
/// when the header has no tab, by commas without quoting). Thread-safe.
/// </summary>
public static class OutstandingReferencesText
{
    private static readonly string[] Accepted = ["No.\tMeeting Date & Reference\tAction\tOwner\tStatus"];

    /// <summary>Reads the list in a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="committee">The committee the list belongs to.</param>
    /// <param name="asOf">The date of the meeting the list went to.</param>
    /// <returns>The list and the findings made while reading.</returns>
    /// <exception cref="NhpInputException">The file is empty or has no recognisable header.</exception>
    public static ImportResult<OutstandingReferenceList> Read(string path, string committee, LocalDate asOf) =>
        ImportInput.FromPath(path, (r, s) => Read(r, s, committee, asOf));

    /// <summary>Reads a list from a stream (UTF-8), leaving it open.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="source">The input's name for findings.</param>
    /// <param name="committee">The committee the list belongs to.</param>
    /// <param name="asOf">The date of the meeting the list went to.</param>
    /// <returns>The list and the findings made while reading.</returns>
    /// <exception cref="NhpInputException">The input is empty or has no recognisable header.</exception>
    public static ImportResult<OutstandingReferenceList> Read(Stream stream, string? source, string committee, LocalDate asOf) =>
        ImportInput.FromStream(stream, source, (r, s) => Read(r, s, committee, asOf));

    /// <summary>Reads a list from text.</summary>
    /// <param name="reader">The input.</param>
    /// <param name="source">The input's name for findings.</param>
    /// <param name="committee">The committee the list belongs to.</param>
    /// <param name="asOf">The date of the meeting the list went to.</param>
    /// <returns>The list and the findings made while reading.</returns>
    /// <exception cref="NhpInputException">The input is empty or has no recognisable header.</exception>
    public static ImportResult<OutstandingReferenceList> Read(TextReader reader, string? source, string committee, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(committee);
        var findings = new List<Finding>();
        var references = new List<OutstandingReference>();
        int[]? columns = null;
        var separator = '\t';
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Trim().Length == 0)
            {
                continue;
            }

            if (columns is null)
            {
                separator = text.Contains('\t', StringComparison.Ordinal) ? '\t' : ',';
                var header = text.Split(separator).Select(h => h.Trim().ToLowerInvariant()).ToArray();
                int Find(params string[] words) => Array.FindIndex(header, h => words.Any(w => h.Contains(w, StringComparison.Ordinal)));
                columns = [Find("no", "ref"), Find("meeting"), Find("action"), Find("owner"), Find("status")];
                if (columns[0] < 0 || columns[2] < 0 || columns[4] < 0)
                {
                    throw new NhpInputException("The first line is not the header of a list of outstanding references: it needs at least the columns No. (or Reference), Action and Status.", new SourceLocation(source, line), null, Accepted);
                }

                continue;
            }

            var cells = text.Split(separator);
            string? Cell(int column) => column >= 0 && column < cells.Length && cells[column].Trim().Length > 0 ? cells[column].Trim() : null;
            var at = new SourceLocation(source, line);
            if (Cell(columns[0]) is not { } referenceText)
            {
                findings.Add(GovernanceImportRules.FieldMissingRule.Finding(source ?? "references", "No.", "The row has no reference number, so it was not read.", at));
                continue;
            }

            references.Add(new OutstandingReference
            {
                ReferenceText = referenceText,
                Reference = ReferenceNumber.TryParse(referenceText, out var reference) ? reference : null,
                Meeting = Cell(columns[1]) ?? string.Empty,
                Action = Cell(columns[2]) ?? string.Empty,
                Owner = Cell(columns[3]),
                Status = ReferenceStatus.Parse(Cell(columns[4]) ?? string.Empty, asOf),
                Location = at,
            });
        }

        if (columns is null)
        {
            throw new NhpInputException("The file is empty: expected a header row and one outstanding reference a row.", new SourceLocation(source, null), null, Accepted);
        }

        return new ImportResult<OutstandingReferenceList>(new OutstandingReferenceList(committee, asOf, references), findings, source);
    }
}
