using System.Globalization;
using Nhp.Findings;
using Nhp.Importing;
using Nhp.Periods;
using NodaTime;
using NodaTime.Text;

namespace Nhp.ProblemSolving;

/// <summary>
/// Interprets a table of problem-solving plans, one plan a row, whatever format it came in (CSV through
/// <see cref="ProblemSolvingCsv"/>, a spreadsheet through the Open XML package): a header row naming the columns in
/// any order (case, spaces, hyphens and underscores ignored, and the names trackers also use, see
/// <see cref="Columns"/>), then the plans. Reference and title are required; a value that cannot be read leaves its
/// plan out with a located finding (<see cref="ProblemSolvingImportRules"/>). Thread-safe.
/// </summary>
/// <remarks>
/// Lists (crime types, partners, review dates) are separated by semicolons or line breaks, so an item holding a
/// semicolon is read as two. Dates are ISO (<c>2024-03-31</c>) or day first (<c>31/03/2024</c>). Each stage has a
/// text column and a date column (<c>scanning</c>, <c>scanning date</c>); a table holds one record per stage, so a
/// plan that recorded a stage twice keeps the last. What a table cannot hold (the as-of date, the review period, the
/// register's name) comes from <see cref="ProblemSolvingImportOptions"/>.
/// </remarks>
public static class ProblemSolvingTable
{
    private static readonly string[] DateForms = ["2024-03-31 (ISO)", "31/03/2024 (day first)"];

    private static readonly LocalDatePattern DayFirst = LocalDatePattern.CreateWithInvariantCulture("d'/'M'/'uuuu");

    /// <summary>The columns, in the order <see cref="ProblemSolvingCsv.Write"/> writes them, each with the other names it is read by.</summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<string> Aliases)> Columns { get; } =
    [
        ("reference", ["ref", "id", "plan", "plan reference", "plan ref", "no", "number"]),
        ("title", ["problem", "name", "description", "problem description"]),
        ("method", ["model", "approach"]),
        ("area", ["location", "place", "ward", "cluster", "sector", "neighbourhood"]),
        ("crime types", ["crime type", "crime", "crimes", "offence", "offences", "incident types", "category"]),
        ("owner", ["lead", "officer", "oic", "owned by", "plan owner"]),
        ("partners", ["partner", "agencies", "partner agencies"]),
        ("opened", ["date opened", "opened on", "start", "started", "created", "date created"]),
        ("objective", []),
        ("objective date", ["date of objective"]),
        ("scanning", ["scan"]),
        ("scanning date", ["scan date", "date of scanning"]),
        ("analysis", ["analyse", "analyze"]),
        ("analysis date", ["date of analysis"]),
        ("response", ["responses", "respond"]),
        ("response date", ["responses date", "date of response"]),
        ("assessment", ["assess"]),
        ("assessment date", ["assess date", "date of assessment"]),
        ("reviews", ["review", "review dates", "review date", "reviewed", "reviewed on"]),
        ("status", ["state"]),
        ("closed", ["date closed", "closed on"]),
        ("evaluation", ["evaluation of impact", "impact", "outcome"]),
        ("lessons", ["lessons learned", "lessons learnt", "good practice", "learning"]),
    ];

    private static readonly string[] Required = ["reference", "title"];

    private static readonly (ProblemSolvingStage Stage, string Text, string Date)[] StageColumns =
    [
        (ProblemSolvingStage.Objective, "objective", "objective date"),
        (ProblemSolvingStage.Scanning, "scanning", "scanning date"),
        (ProblemSolvingStage.Analysis, "analysis", "analysis date"),
        (ProblemSolvingStage.Response, "response", "response date"),
        (ProblemSolvingStage.Assessment, "assessment", "assessment date"),
    ];

    /// <summary>Whether <paramref name="row"/> names at least two of the <see cref="Columns"/>, one of them the reference or the title: a header row.</summary>
    /// <param name="row">A row of a table.</param>
    /// <returns>True when the row reads as the header of a table of plans.</returns>
    public static bool IsHeader(CellRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var names = row.Cells.Select(Canonical).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return names.Count >= 2 && names.Any(n => Required.Contains(n, StringComparer.Ordinal));
    }

    /// <summary>Reads a table of plans: the first row is the header, every later row a plan (a row of empty cells is skipped).</summary>
    /// <param name="rows">The rows, in order, each with its line (or sheet row number) for findings.</param>
    /// <param name="source">The input's name for findings, or null.</param>
    /// <param name="options">The as-of date, review period and name of the register.</param>
    /// <returns>The register (none when the header lacks a required column) and the findings.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The options' review period is not from 1 to 120 months.</exception>
    public static ImportResult<ProblemSolvingRegister> Read(IEnumerable<CellRow> rows, string? source, ProblemSolvingImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ReviewEveryMonths, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.ReviewEveryMonths, 120, nameof(options));
        var findings = new List<Finding>();
        var subject = source ?? "register";
        string?[]? names = null;
        var plans = new List<ProblemSolvingPlan>();
        foreach (var row in rows)
        {
            if (names is null)
            {
                names = Header(row, findings, source, subject);
                if (names is null)
                {
                    return new ImportResult<ProblemSolvingRegister>(null, findings, source);
                }

                continue;
            }

            if (row.Cells.All(c => c.Trim().Length == 0))
            {
                continue;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < names.Length && i < row.Cells.Count; i++)
            {
                if (names[i] is { } name && row.Cells[i].Trim() is { Length: > 0 } value)
                {
                    values[name] = value;
                }
            }

            if (Plan(values, row.Line, source, findings) is { } plan)
            {
                plans.Add(plan);
            }
        }

        if (names is null)
        {
            findings.Add(ProblemSolvingImportRules.ColumnMissingRule.Finding(subject, "header",
                $"The table is empty: it has no header row naming the columns, so nothing was imported. Accepted columns: {Accepted()}.", new SourceLocation(source, null)));
            return new ImportResult<ProblemSolvingRegister>(null, findings, source);
        }

        var register = new ProblemSolvingRegister { Name = options.Name, AsOf = options.AsOf, ReviewEveryMonths = options.ReviewEveryMonths, Plans = plans };
        return new ImportResult<ProblemSolvingRegister>(register, findings, source);
    }

    /// <summary>The canonical name of a column header, or null when the reader does not know it.</summary>
    internal static string? Canonical(string header)
    {
        var key = Normalise(header);
        if (key.Length == 0)
        {
            return null;
        }

        foreach (var (name, aliases) in Columns)
        {
            if (Normalise(name) == key || aliases.Any(a => Normalise(a) == key))
            {
                return name;
            }
        }

        return null;
    }

    private static string?[]? Header(CellRow row, List<Finding> findings, string? source, string subject)
    {
        var at = new SourceLocation(source, row.Line);
        var names = new string?[row.Cells.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var header = row.Cells[i].Trim();
            var name = Canonical(header);
            if (name is null)
            {
                if (header.Length > 0)
                {
                    findings.Add(ProblemSolvingImportRules.ColumnUnknownRule.Finding(subject, header,
                        $"The column \"{header}\" is not one the register reader knows, so its values were not read. Accepted columns: {Accepted()}.", at));
                }
            }
            else if (!seen.Add(name))
            {
                findings.Add(ProblemSolvingImportRules.ColumnUnknownRule.Finding(subject, header,
                    $"The column \"{header}\" is a second {name} column, so its values were not read; only the first is.", at));
            }
            else
            {
                names[i] = name;
            }
        }

        var missing = Required.Where(r => !seen.Contains(r)).ToList();
        foreach (var column in missing)
        {
            findings.Add(ProblemSolvingImportRules.ColumnMissingRule.Finding(subject, column,
                $"The header has no \"{column}\" column, which every plan needs, so nothing was imported. Accepted columns: {Accepted()}.", at));
        }

        return missing.Count == 0 ? names : null;
    }

    private static ProblemSolvingPlan? Plan(Dictionary<string, string> values, int line, string? source, List<Finding> findings)
    {
        var at = new SourceLocation(source, line);
        string? Value(string name) => values.TryGetValue(name, out var v) ? v : null;
        var reference = Value("reference");
        var subject = reference ?? string.Create(CultureInfo.InvariantCulture, $"row at line {line}");
        var problems = new List<(string Field, string Message)>();
        foreach (var column in Required.Where(c => Value(c) is null))
        {
            problems.Add((column, $"The row has no {column}, which every plan needs."));
        }

        var method = ProblemSolvingMethod.Sara;
        if (Value("method") is { } m)
        {
            switch (Normalise(m))
            {
                case "sara":
                    break;
                case "osara":
                    method = ProblemSolvingMethod.Osara;
                    break;
                default:
                    problems.Add(("method", $"\"{m}\" is not a method. Accepted: SARA; OSARA."));
                    break;
            }
        }

        var status = ProblemSolvingStatus.Open;
        if (Value("status") is { } st)
        {
            switch (Normalise(st))
            {
                case "open" or "live" or "active" or "ongoing" or "inprogress":
                    break;
                case "closed" or "complete" or "completed" or "finished":
                    status = ProblemSolvingStatus.Closed;
                    break;
                default:
                    problems.Add(("status", $"\"{st}\" is not a status. Accepted: open (or live, active, ongoing, in progress); closed (or complete, completed, finished)."));
                    break;
            }
        }

        LocalDate? Date(string field)
        {
            if (Value(field) is not { } text)
            {
                return null;
            }

            if (TryDate(text, out var date))
            {
                return date;
            }

            problems.Add((field, $"\"{text}\" is not a date in {SupportedYears.Description}. Accepted: {string.Join("; ", DateForms)}."));
            return null;
        }

        var opened = Date("opened");
        var closed = Date("closed");
        var stages = new List<StageRecord>();
        foreach (var (stage, textColumn, dateColumn) in StageColumns)
        {
            var date = Date(dateColumn);
            if (Value(textColumn) is { } text)
            {
                stages.Add(new StageRecord(stage, text, date));
            }
            else if (date is not null)
            {
                stages.Add(new StageRecord(stage, string.Empty, date));
            }
        }

        var reviews = new List<LocalDate>();
        foreach (var item in List(Value("reviews"), [';', ',', '\n', '\r']))
        {
            if (TryDate(item, out var review))
            {
                reviews.Add(review);
            }
            else
            {
                problems.Add(("reviews", $"\"{item}\" is not a date in {SupportedYears.Description}. Accepted: {string.Join("; ", DateForms)}, separated by semicolons."));
            }
        }

        if (problems.Count > 0)
        {
            foreach (var (field, message) in problems)
            {
                findings.Add(ProblemSolvingImportRules.RowInvalidRule.Finding(subject, field, message + " The plan was not read.", at));
            }

            return null;
        }

        return new ProblemSolvingPlan
        {
            Reference = reference!,
            Title = Value("title")!,
            Method = method,
            Area = Value("area"),
            CrimeTypes = List(Value("crime types"), [';', '\n', '\r']),
            Owner = Value("owner"),
            Partners = List(Value("partners"), [';', '\n', '\r']),
            Opened = opened,
            Stages = stages,
            Reviews = reviews,
            Status = status,
            Closed = closed,
            Evaluation = Value("evaluation"),
            Lessons = Value("lessons"),
        };
    }

    /// <summary>A date in ISO or day-first form, in the supported years.</summary>
    internal static bool TryDate(string text, out LocalDate date)
    {
        var trimmed = text.Trim();
        var result = LocalDatePattern.Iso.Parse(trimmed);
        if (!result.Success)
        {
            result = DayFirst.Parse(trimmed);
        }

        date = result.Success ? result.Value : default;
        return result.Success && SupportedYears.Contains(date.Year);
    }

    private static List<string> List(string? text, char[] separators) =>
        text is null ? [] : [.. text.Split(separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static string Accepted() => string.Join(", ", Columns.Select(c => c.Name));

    private static string Normalise(string text) =>
        new([.. text.Trim().ToLowerInvariant().Where(ch => ch is not (' ' or '-' or '_' or '.' or '\t'))]);
}
