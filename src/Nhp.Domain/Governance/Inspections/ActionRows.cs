using System.Globalization;
using Nhp.Findings;
using Nhp.Importing;
using NodaTime;
using NodaTime.Text;

namespace Nhp.Governance.Inspections;

/// <summary>
/// Turns the rows of a register (from CSV, JSON or a spreadsheet: a name per column and a text per cell) into actions,
/// with a located finding for every row or value it cannot use, so every format reads the same columns the same way.
/// </summary>
internal sealed class ActionRows
{
    /// <summary>The accepted column names, each with the names trackers also use for it.</summary>
    public static readonly IReadOnlyList<(string Name, string[] Aliases)> Columns =
    [
        ("id", ["reference", "ref", "action id", "no", "number"]),
        ("kind", ["type", "action type"]),
        ("inspection", ["source", "inspection report", "report"]),
        ("scope", ["force or national", "national or force"]),
        ("directorate", ["portfolio", "department"]),
        ("owner", ["lead", "action owner"]),
        ("raised", ["date raised", "date set", "set", "opened", "published"]),
        ("closed", ["date closed", "closed on", "sign-off date", "signed off"]),
        ("status", ["progress", "rag"]),
        ("text", ["action", "description", "recommendation", "wording"]),
    ];

    public static readonly string[] DateForms = ["2023-05-31 (ISO)", "31/05/2023 (day first)"];

    private static readonly string[] Required = ["id", "inspection", "raised"];

    private readonly List<Finding> findings = [];
    private readonly string? source;
    private readonly string subject;

    public ActionRows(string? source)
    {
        this.source = source;
        subject = source ?? "register";
    }

    public IReadOnlyList<Finding> Findings => findings;

    /// <summary>The canonical name of a header, or null when the reader does not know it.</summary>
    public static string? Canonical(string header)
    {
        var key = Normalise(header);
        foreach (var (name, aliases) in Columns)
        {
            if (Normalise(name) == key || aliases.Any(a => Normalise(a) == key))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Maps a header row to canonical names (null for an unknown column), with findings; false when a required column is missing.</summary>
    public bool Header(IReadOnlyList<string> headers, int line, out string?[] names)
    {
        string?[] mapped = [.. headers.Select(Canonical)];
        names = mapped;
        for (var i = 0; i < headers.Count; i++)
        {
            if (mapped[i] is null && headers[i].Trim().Length > 0)
            {
                findings.Add(GovernanceImportRules.ColumnUnknownRule.Finding(subject, headers[i].Trim(),
                    $"The column \"{headers[i].Trim()}\" is not one the register reader knows, so its values were not read. Accepted columns: {Accepted()}.", new SourceLocation(source, line)));
            }
        }

        var missing = Required.Where(r => !mapped.Contains(r)).ToArray();
        foreach (var column in missing)
        {
            findings.Add(GovernanceImportRules.ColumnMissingRule.Finding(subject, column,
                $"The header has no \"{column}\" column, which a register needs, so nothing was imported. Accepted columns: {Accepted()}.", new SourceLocation(source, line)));
        }

        return missing.Length == 0;
    }

    /// <summary>
    /// Reads a table: a header row, then an action a row (empty rows skipped). With <paramref name="findHeader"/>, the
    /// header is the first row naming at least two known columns (rows above it, such as a sheet's title, are skipped),
    /// or else the first non-empty row; without, it is the first row.
    /// </summary>
    /// <returns>The actions, or null when a required column is missing; <paramref name="header"/> is the header's line, or null when the table has no rows.</returns>
    public List<InspectionAction>? Table(IEnumerable<CellRow> table, bool findHeader, out int? header)
    {
        var rows = table.Where(r => r.Cells.Any(c => c.Trim().Length > 0)).ToList();
        header = null;
        if (rows.Count == 0)
        {
            return null;
        }

        var at = findHeader ? rows.FindIndex(r => r.Cells.Count(c => Canonical(c) is not null) >= 2) : 0;
        var first = rows[at < 0 ? 0 : at];
        header = first.Line;
        if (!Header(first.Cells, first.Line, out var names))
        {
            return null;
        }

        var actions = new List<InspectionAction>();
        foreach (var row in rows.Skip((at < 0 ? 0 : at) + 1))
        {
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < names.Length && i < row.Cells.Count; i++)
            {
                if (names[i] is { } name)
                {
                    values[name] = row.Cells[i];
                }
            }

            if (Row(values, row.Line) is { } action)
            {
                actions.Add(action);
            }
        }

        return actions;
    }

    /// <summary>One action from a row's named values, or null (with an error finding) when the row cannot be used.</summary>
    public InspectionAction? Row(IReadOnlyDictionary<string, string?> values, int line)
    {
        var at = new SourceLocation(source, line);
        string? Value(string name) => values.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        var id = Value("id");
        var rowSubject = id ?? string.Create(CultureInfo.InvariantCulture, $"row at line {line}");
        foreach (var column in Required)
        {
            if (Value(column) is null)
            {
                findings.Add(GovernanceImportRules.FieldMissingRule.Finding(rowSubject, column,
                    $"The row has no {column}, which every action needs, so it was not read.", at));
                return null;
            }
        }

        var ok = true;
        var raised = Date(Value("raised")!, "raised", rowSubject, at, ref ok);
        LocalDate? closed = Value("closed") is { } c ? Date(c, "closed", rowSubject, at, ref ok) : null;
        var kind = ActionKind.Recommendation;
        if (Value("kind") is { } k && !TryKind(k, out kind))
        {
            Invalid(rowSubject, "kind", $"\"{k}\" is not a kind of action.", ["recommendation", "area for improvement (or AFI)"], at);
            ok = false;
        }

        var scope = ActionScope.National;
        if (Value("scope") is { } s && !TryScope(s, out scope))
        {
            Invalid(rowSubject, "scope", $"\"{s}\" is not a scope.", ["force-specific (or force, local)", "national"], at);
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        return new InspectionAction
        {
            Id = id!,
            Kind = kind,
            Inspection = Value("inspection")!,
            Scope = scope,
            Directorate = Value("directorate"),
            Owner = Value("owner"),
            Raised = raised,
            Closed = closed,
            StatusText = Value("status"),
            Text = Value("text"),
            Location = at,
        };
    }

    /// <summary>A date in one of <see cref="DateForms"/>.</summary>
    public static bool TryDate(string text, out LocalDate date)
    {
        var iso = LocalDatePattern.Iso.Parse(text.Trim());
        if (iso.Success)
        {
            date = iso.Value;
            return true;
        }

        var uk = LocalDatePattern.CreateWithInvariantCulture("d'/'M'/'uuuu").Parse(text.Trim());
        date = uk.Success ? uk.Value : default;
        return uk.Success;
    }

    private static string Accepted() => string.Join(", ", Columns.Select(c => c.Name));

    private static string Normalise(string header) =>
        new([.. header.Trim().ToLowerInvariant().Where(ch => ch is not (' ' or '-' or '_' or '.'))]);

    private static bool TryKind(string text, out ActionKind kind)
    {
        switch (Normalise(text))
        {
            case "recommendation" or "rec" or "r":
                kind = ActionKind.Recommendation;
                return true;
            case "areaforimprovement" or "afi":
                kind = ActionKind.AreaForImprovement;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    private static bool TryScope(string text, out ActionScope scope)
    {
        switch (Normalise(text))
        {
            case "forcespecific" or "force" or "local":
                scope = ActionScope.ForceSpecific;
                return true;
            case "national":
                scope = ActionScope.National;
                return true;
            default:
                scope = default;
                return false;
        }
    }

    private LocalDate Date(string text, string field, string rowSubject, SourceLocation at, ref bool ok)
    {
        if (TryDate(text, out var date))
        {
            return date;
        }

        Invalid(rowSubject, field, $"\"{text}\" is not a date.", DateForms, at);
        ok = false;
        return default;
    }

    private void Invalid(string rowSubject, string field, string what, IReadOnlyList<string> accepted, SourceLocation at) =>
        findings.Add(GovernanceImportRules.ValueInvalidRule.Finding(rowSubject, field,
            $"{what} Accepted: {string.Join("; ", accepted)}. The row was not read.", at));
}
