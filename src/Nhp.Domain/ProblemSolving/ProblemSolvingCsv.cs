using System.Globalization;
using System.Text;
using Nhp.Importing;
using Nhp.Text;
using NodaTime;

namespace Nhp.ProblemSolving;

/// <summary>
/// Reads and writes a problem-solving register as CSV: a header row naming the columns (see
/// <see cref="ProblemSolvingTable.Columns"/>; any order, and the names trackers also use), then one plan a row, read by
/// <see cref="ProblemSolvingTable"/>. Lines starting with <c>#</c> before the header are comments. Thread-safe.
/// </summary>
/// <remarks>
/// A register written by <see cref="Write"/> reads back equal, except for what a table cannot hold: the register's
/// as-of date, review period and name (given again as <see cref="ProblemSolvingImportOptions"/>), a second record of
/// the same stage (only the last is written), the order of stages (written in the method's order), a stage with an
/// empty text and no date (not written), list items holding a semicolon (read as two items), spaces at either end
/// of a value (trimmed), and control characters (written as U+FFFD, as every writer does).
/// </remarks>
public static class ProblemSolvingCsv
{
    /// <summary>Reads the register in a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The as-of date, review period and name of the register.</param>
    /// <returns>The register and the findings made while reading; no register when a required column is missing.</returns>
    /// <exception cref="NhpInputException">The file is empty or a record is malformed (an unclosed quote).</exception>
    public static ImportResult<ProblemSolvingRegister> Read(string path, ProblemSolvingImportOptions options) =>
        ImportInput.FromPath(path, (reader, source) => Read(reader, source, options));

    /// <summary>Reads a register from a stream (UTF-8), leaving it open.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="source">The input's name for findings, or null.</param>
    /// <param name="options">The as-of date, review period and name of the register.</param>
    /// <returns>The register and the findings made while reading.</returns>
    /// <exception cref="NhpInputException">The input is empty or a record is malformed.</exception>
    public static ImportResult<ProblemSolvingRegister> Read(Stream stream, string? source, ProblemSolvingImportOptions options) =>
        ImportInput.FromStream(stream, source, (reader, name) => Read(reader, name, options));

    /// <summary>Reads a register from text.</summary>
    /// <param name="reader">The input.</param>
    /// <param name="source">The input's name for findings, or null.</param>
    /// <param name="options">The as-of date, review period and name of the register.</param>
    /// <returns>The register and the findings made while reading.</returns>
    /// <exception cref="NhpInputException">The input is empty or a record is malformed.</exception>
    public static ImportResult<ProblemSolvingRegister> Read(TextReader reader, string? source, ProblemSolvingImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        var seenHeader = false;
        var rows = Csv.Read(reader, source)
            .Where(r =>
            {
                if (!seenHeader && r.Fields.Count > 0 && r.Fields[0].TrimStart().StartsWith('#'))
                {
                    return false;
                }

                seenHeader = true;
                return true;
            })
            .Select(r => new CellRow(r.Line, [.. r.Fields.Select(Csv.Unguard)]))
            .ToList();
        if (rows.Count == 0)
        {
            throw new NhpInputException(
                "The file is empty: expected a header row naming the register's columns (reference, title, method, owner, …) and a plan a row.",
                new Findings.SourceLocation(source, null),
                null,
                ["CSV with a header row: reference,title,method,area,crime types,owner,partners,opened,…"]);
        }

        return ProblemSolvingTable.Read(rows, source, options);
    }

    /// <summary>
    /// The register as CSV, with the header <see cref="ProblemSolvingTable.Columns"/>, one plan a row, dates ISO, lists
    /// joined with <c>; </c>, text guarded against spreadsheet formulas. See the remarks of the class for what it drops.
    /// </summary>
    /// <param name="register">The register.</param>
    /// <returns>The CSV text, lines ending in <c>\n</c>.</returns>
    public static string Write(ProblemSolvingRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);
        var text = new StringBuilder();
        Csv.AppendRecord(text, [.. ProblemSolvingTable.Columns.Select(c => c.Name)]);
        foreach (var plan in register.Plans)
        {
            List<string> fields =
            [
                Csv.TextField(plan.Reference),
                Csv.TextField(plan.Title),
                plan.Method == ProblemSolvingMethod.Osara ? "osara" : "sara",
                Csv.TextField(plan.Area),
                Csv.TextField(string.Join("; ", plan.CrimeTypes)),
                Csv.TextField(plan.Owner),
                Csv.TextField(string.Join("; ", plan.Partners)),
                Date(plan.Opened),
            ];
            foreach (var stage in Enum.GetValues<ProblemSolvingStage>())
            {
                var record = plan.Stage(stage);
                fields.Add(Csv.TextField(record?.Text));
                fields.Add(Date(record?.Date));
            }

            fields.Add(string.Join("; ", plan.Reviews.Select(d => Date(d))));
            fields.Add(plan.Status == ProblemSolvingStatus.Closed ? "closed" : "open");
            fields.Add(Date(plan.Closed));
            fields.Add(Csv.TextField(plan.Evaluation));
            fields.Add(Csv.TextField(plan.Lessons));
            Csv.AppendRecord(text, [.. fields]);
        }

        return text.ToString();
    }

    private static string Date(LocalDate? date) => date is { } d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
}
