using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Nhp.Findings;
using Nhp.Importing;
using Nhp.Text;
using NodaTime;

namespace Nhp.Delivery;

/// <summary>
/// A delivery plan as CSV, for plans kept in spreadsheets: RFC 4180, UTF-8, one row per deliverable with the columns
/// <c>code,objective,commitment,summary,rag,target</c>. Thread-safe.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>column</term><description>content</description></listheader>
/// <item><term><c>code</c></term><description>the deliverable code, <c>1.10</c>; its first part is the objective number.</description></item>
/// <item><term><c>objective</c></term><description>the objective's title (the same on every row of that objective).</description></item>
/// <item><term><c>commitment</c></term><description>the commitment.</description></item>
/// <item><term><c>summary</c></term><description>the summary position of the latest update. The heading may name the
/// as-of month in brackets, as the paper's does: <c>summary (January 2024)</c>; the export always writes it.</description></item>
/// <item><term><c>rag</c></term><description><c>GREEN</c>, <c>AMBER</c>, <c>RED</c>, or empty for not rated.</description></item>
/// <item><term><c>target</c></term><description>the DATE column as written (see <see cref="Target"/>).</description></item>
/// <item><term><c>owner</c></term><description>optional: the deliverable's owner. The export writes it, last, when any
/// deliverable has an owner.</description></item>
/// </list>
/// <para>
/// Headings are matched without regard to case or order. Text cells are formula-guarded on export (a cell starting with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return gets a leading apostrophe) and unguarded on import,
/// so exporting and importing gives an equal plan, except for what the columns do not carry: the plan's title (give it
/// in <see cref="PlanImportOptions.Title"/>) and older updates (the CSV holds each deliverable's latest update only).
/// Text is kept character for character, carriage returns and line breaks inside quoted fields included.
/// </para>
/// </remarks>
public static partial class PlanCsv
{
    /// <summary>The column headings, in the order the export writes them.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["code", "objective", "commitment", "summary", "rag", "target"];

    /// <summary>The optional column of each deliverable's owner, written after <see cref="Columns"/> when any deliverable has one.</summary>
    public const string OwnerColumn = "owner";

    /// <summary>Writes the plan: a heading row and one row per deliverable, in plan order, each line ending in <c>\n</c>.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The CSV text.</returns>
    public static string Write(DeliveryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var text = new StringBuilder();
        var summary = plan.AsOf is { } asOf ? $"summary ({asOf.ToString("MMMM yyyy", CultureInfo.InvariantCulture)})" : "summary";
        var owners = plan.Deliverables.Any(d => d.Owner is not null);
        string[] heading = ["code", "objective", "commitment", Csv.PlainField(summary), "rag", "target"];
        Csv.AppendRecord(text, owners ? [.. heading, OwnerColumn] : heading);
        foreach (var objective in plan.Objectives)
        {
            foreach (var deliverable in objective.Deliverables)
            {
                var latest = deliverable.Latest;
                string[] row =
                [
                    Csv.PlainField(deliverable.Code.ToString()),
                    Csv.TextField(objective.Title),
                    Csv.TextField(deliverable.Commitment),
                    Csv.TextField(latest?.Summary),
                    Csv.PlainField(latest is null || latest.Rag == RagStatus.NotRated ? string.Empty : RagKey.Word(latest.Rag)),
                    Csv.TextField(latest?.Target.Text),
                ];
                Csv.AppendRecord(text, owners ? [.. row, Csv.TextField(deliverable.Owner)] : row);
            }
        }

        return text.ToString();
    }

    /// <summary>Imports a plan from a CSV file (UTF-8).</summary>
    /// <param name="path">The file; its name is the source of findings.</param>
    /// <param name="options">Import settings (title, as-of month when the heading has none); null for the defaults.</param>
    /// <returns>The plan, each deliverable with its <see cref="Deliverable.Location"/>, and the findings.</returns>
    /// <exception cref="NhpInputException">The input is empty or malformed CSV, lacks a column, has no data rows, or states no as-of month.</exception>
    public static ImportResult<DeliveryPlan> Read(string path, PlanImportOptions? options = null) =>
        ImportInput.FromPath(path, (reader, source) => Read(reader, source, options));

    /// <summary>Imports a plan from CSV as a stream (UTF-8).</summary>
    /// <param name="stream">The CSV; read to the end, left open.</param>
    /// <param name="source">The input's name for findings; may be null.</param>
    /// <param name="options">Import settings (title, as-of month when the heading has none); null for the defaults.</param>
    /// <returns>The plan, each deliverable with its <see cref="Deliverable.Location"/>, and the findings.</returns>
    /// <exception cref="NhpInputException">The input is empty or malformed CSV, lacks a column, has no data rows, or states no as-of month.</exception>
    public static ImportResult<DeliveryPlan> Read(Stream stream, string? source = null, PlanImportOptions? options = null) =>
        ImportInput.FromStream(stream, source, (reader, name) => Read(reader, name, options));

    /// <summary>Imports a plan from CSV text.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The input's name for findings; may be null.</param>
    /// <param name="options">Import settings (title, as-of month when the heading has none); null for the defaults.</param>
    /// <returns>The plan, each deliverable with its <see cref="Deliverable.Location"/>, and the findings.</returns>
    /// <exception cref="NhpInputException">
    /// The input is empty or malformed CSV, lacks a column, has no data rows (every row unreadable counts as none), or
    /// states no as-of month.
    /// </exception>
    public static ImportResult<DeliveryPlan> Read(TextReader reader, string? source = null, PlanImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        options ??= new PlanImportOptions();
        using var records = Csv.Read(reader, source).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new NhpInputException(
                "The file is empty: expected a heading row code,objective,commitment,summary,rag,target and one row per deliverable.",
                new SourceLocation(source, null), null, [string.Join(",", Columns)]);
        }

        var header = records.Current;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        YearMonth? asOf = options.AsOf;
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim();
            var match = SummaryHeading().Match(name);
            if (match.Success)
            {
                name = "summary";
                asOf ??= ReadMonth(match.Groups["month"].Value, new SourceLocation(source, header.Line));
            }

            index.TryAdd(name.ToLowerInvariant(), i);
        }

        var missing = Columns.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new NhpInputException(
                $"The heading row lacks the column(s) {string.Join(", ", missing)}; it reads '{string.Join(",", header.Fields)}'.",
                new SourceLocation(source, header.Line), missing[0], [string.Join(",", Columns)]);
        }

        var diagnostics = new List<Finding>();
        var rows = new List<(Deliverable Deliverable, string Objective, int Line)>();
        while (records.MoveNext())
        {
            var record = records.Current;
            var at = new SourceLocation(source, record.Line);
            string Field(string column) => index[column] < record.Fields.Count ? Csv.Unguard(record.Fields[index[column]]) : string.Empty;
            if (!DeliverableCode.TryParse(Field("code").Trim(), out var code))
            {
                diagnostics.Add(PlanImportRules.CodeInvalidRule.Finding(source ?? "plan", "code",
                    $"The code '{Field("code").Trim()}' is not a deliverable code such as 1.10; the row was not imported.", at));
                continue;
            }

            var rag = ImportedDeliverable.Rag(Field("rag"), code, at, diagnostics);

            if (asOf is null)
            {
                throw new NhpInputException(
                    "The CSV states no as-of month: name it in the summary heading, e.g. 'summary (January 2024)'.",
                    new SourceLocation(source, header.Line), "summary", ["summary (January 2024)"]);
            }

            var deliverable = ImportedDeliverable.Create(at, code, Field("commitment"), asOf.Value, Field("summary"), rag, Field("target"));
            if (index.ContainsKey(OwnerColumn) && Field(OwnerColumn) is { Length: > 0 } owner)
            {
                deliverable = deliverable with { Owner = owner };
            }

            rows.Add((deliverable, Field("objective").Trim(), record.Line));
        }

        if (rows.Count == 0)
        {
            throw new NhpInputException(
                diagnostics.Count == 0 ? "The CSV has a heading row but no deliverable rows." : "The CSV has no deliverable row that could be read: " + string.Join("; ", diagnostics.Select(d => d.Message)),
                new SourceLocation(source, header.Line), "code", [string.Join(",", Columns)]);
        }

        var objectives = new List<Objective>();
        foreach (var group in rows.GroupBy(r => r.Deliverable.Code.Objective))
        {
            var title = group.Select(r => r.Objective).FirstOrDefault(t => t.Length > 0) ?? string.Empty;
            foreach (var row in group.Where(r => r.Objective.Length > 0 && !string.Equals(r.Objective, title, StringComparison.Ordinal)))
            {
                diagnostics.Add(PlanImportRules.ObjectiveTitleDiffersRule.Finding(row.Deliverable.Code.ToString(), "objective",
                    $"The objective of {row.Deliverable.Code} reads '{row.Objective}', but an earlier row of objective {group.Key.ToString(CultureInfo.InvariantCulture)} reads '{title}'; the earlier title is used.", new SourceLocation(source, row.Line)));
            }

            objectives.Add(new Objective { Number = group.Key, Title = title, Deliverables = group.Select(r => r.Deliverable).ToList() });
        }

        var plan = new DeliveryPlan { Title = options.Title, Objectives = objectives };
        return new ImportResult<DeliveryPlan>(plan, diagnostics, source);
    }

    private static YearMonth ReadMonth(string text, SourceLocation at)
    {
        var target = Target.Parse(text);
        if (target is { Kind: TargetKind.Month, Deadline: { } last, HasReview: false })
        {
            return last.ToYearMonth();
        }

        throw new NhpInputException($"The summary heading names '{text}', which is not a month and year.", at, "summary", ["summary (January 2024)"]);
    }

    [GeneratedRegex(@"^summary\s*\((?<month>[^)]*)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex SummaryHeading();
}
