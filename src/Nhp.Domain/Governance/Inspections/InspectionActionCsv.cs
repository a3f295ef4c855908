using System.Globalization;
using System.Text;
using Nhp.Importing;
using Nhp.Text;

namespace Nhp.Governance.Inspections;

/// <summary>
/// Reads a register of inspection actions from CSV: a header row naming the columns (any order, case and spacing
/// ignored: id, kind, inspection, scope, directorate, owner, raised, closed, status, text, or the names trackers also
/// use for them), then one action a row. Id, inspection and raised are required; dates are ISO or day first.
/// Thread-safe.
/// </summary>
public static class InspectionActionCsv
{
    /// <summary>Reads the register in a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The register and the findings made while reading; no register when a required column is missing.</returns>
    /// <exception cref="NhpInputException">The file is empty.</exception>
    public static ImportResult<InspectionActionRegister> Read(string path) => ImportInput.FromPath(path, Read);

    /// <summary>Reads a register from a stream (UTF-8), leaving it open.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="source">The input's name for findings.</param>
    /// <returns>The register and the findings made while reading.</returns>
    /// <exception cref="NhpInputException">The input is empty.</exception>
    public static ImportResult<InspectionActionRegister> Read(Stream stream, string? source = null) => ImportInput.FromStream(stream, source, Read);

    /// <summary>Reads a register from text.</summary>
    /// <param name="reader">The input.</param>
    /// <param name="source">The input's name for findings.</param>
    /// <returns>The register and the findings made while reading.</returns>
    /// <exception cref="NhpInputException">The input is empty.</exception>
    public static ImportResult<InspectionActionRegister> Read(TextReader reader, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new ActionRows(source);
        var records = Csv.Read(reader, source)
            .Where(r => !(r.Fields.Count > 0 && r.Fields[0].TrimStart().StartsWith('#')))
            .Select(r => new CellRow(r.Line, [.. r.Fields.Select(Csv.Unguard)]));
        var actions = rows.Table(records, findHeader: false, out var header);
        if (header is null)
        {
            throw new NhpInputException("The file is empty: expected a header row naming the register's columns (id, inspection, raised, …).", new Findings.SourceLocation(source, null));
        }

        return new ImportResult<InspectionActionRegister>(actions is null ? null : new InspectionActionRegister(actions), rows.Findings, source);
    }

    /// <summary>The columns <see cref="Write"/> writes, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["id", "kind", "inspection", "scope", "directorate", "owner", "raised", "closed", "status", "text"];

    /// <summary>
    /// The register as CSV with the header <see cref="Columns"/>, one action a row, dates ISO, text guarded against
    /// spreadsheet formulas; <see cref="Read(TextReader, string?)"/> reads it back to an equal register (locations aside).
    /// </summary>
    /// <param name="register">The register.</param>
    /// <returns>The CSV text, lines ending in <c>\n</c>.</returns>
    public static string Write(InspectionActionRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);
        var text = new StringBuilder();
        Csv.AppendRecord(text, [.. Columns]);
        foreach (var a in register.Actions)
        {
            Csv.AppendRecord(
                text,
                Csv.TextField(a.Id),
                a.Kind == ActionKind.AreaForImprovement ? "area-for-improvement" : "recommendation",
                Csv.TextField(a.Inspection),
                a.Scope == ActionScope.ForceSpecific ? "force-specific" : "national",
                Csv.TextField(a.Directorate),
                Csv.TextField(a.Owner),
                Iso(a.Raised),
                a.Closed is { } closed ? Iso(closed) : string.Empty,
                Csv.TextField(a.StatusText),
                Csv.TextField(a.Text));
        }

        return text.ToString();
    }

    /// <summary>
    /// An update's figures as CSV (<c>figure,printed,register,printed-text</c>): each figure the paper printed or the
    /// register gives, with the words it was printed in; an empty cell where one side has none.
    /// </summary>
    /// <param name="update">The update.</param>
    /// <returns>The CSV text, lines ending in <c>\n</c>.</returns>
    public static string WriteFigures(InspectionActionsUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var text = new StringBuilder();
        Csv.AppendRecord(text, "figure", "printed", "register", "printed-text");
        foreach (var (name, printed, counted) in InspectionActionFigures.Of(update))
        {
            Csv.AppendRecord(text, name, printed is null ? string.Empty : Number(printed.Value), counted is { } c ? Number(c) : string.Empty, Csv.TextField(printed?.Text));
        }

        return text.ToString();
    }

    private static string Iso(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
