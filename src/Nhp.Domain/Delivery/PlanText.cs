using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Nhp.Findings;
using Nhp.Importing;
using Nhp.Rules;
using Nhp.Text;
using NodaTime;

namespace Nhp.Delivery;

/// <summary>
/// Imports a delivery plan from the tab-separated text that exporting the plan's table from Word or PDF gives: one
/// table row a line, cells separated by tabs. Thread-safe.
/// </summary>
/// <remarks>
/// <para>Rows, by their first cell:</para>
/// <list type="bullet">
/// <item>A deliverable code (<c>1.10</c>): a deliverable; the cells are code, commitment, summary position, progress
/// (RAG) and date, in that order.</item>
/// <item>Empty: the previous deliverable continues (a row broken by a page): each non-empty cell is added to the same
/// column of the previous deliverable (text after a space, a list on a new line; a RAG or date only where the first
/// row left it empty).</item>
/// <item>A page header, whose cells joined spell <c>DELIVERABLE</c> … (<c>DELI	VERABLE	SUMMARY POSITION (JANUARY 2024)…</c>):
/// skipped; the month in brackets is the as-of period of every update.</item>
/// <item>An objective heading, whose cells joined start <c>OBJ…ECTIVE</c> and a number word
/// (<c>OBJE	ECTIVE TWO: PROTECT THE VUL	NERABLE …</c>): see below.</item>
/// <item>The RAG key (<c>GREEN	Complete/established</c>) and headings (<c># Title</c>, <c>## …</c>): the first
/// <c>#</c> heading is the plan's title; the key is checked against <see cref="RagKey"/>.</item>
/// </list>
/// <para>
/// Anything else is reported as an error diagnostic; nothing is dropped silently. HTML list fragments in a cell
/// (<c>&lt;ul&gt; &lt;li&gt;…&lt;/li&gt;</c>) become one line per item starting with <c>- </c>; other tags are removed.
/// </para>
/// <para>
/// Objectives: a deliverable belongs to the objective its code names (3.10 to objective 3), so numbers never depend
/// on damaged headings. An objective's title comes from the heading above its deliverables: cells are re-joined (a cell
/// that ends in a letter followed by one that starts with a letter is one word split by the export), the
/// <c>OBJECTIVE n:</c> label is removed, and the words are put in sentence case. When known objectives are supplied,
/// a title nearly the same as the known title of that number is replaced by it (<c>PROVIDE A FLOV N OF …</c> becomes
/// <c>Provide a flow of …</c>). The heading's number word is checked against the codes. Deliverables with no heading
/// (such as 0.1–0.4) form objective 0, titled <see cref="DeliveryPlan.SetUpObjectiveTitle"/>.
/// </para>
/// <para>
/// Text in the wrong row: when a deliverable's commitment or summary ends mid-sentence (no closing punctuation) and
/// the next deliverable's same column starts mid-sentence (lower case) with a sentence end in it, the words up to
/// that sentence end are moved back (the end of 3.9's commitment, "legislation and enforcement powers.", printed at
/// the start of 3.10's). The move is reported as a warning.
/// </para>
/// </remarks>
public static partial class PlanText
{
    private static readonly string[] NumberWords =
        ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "ELEVEN", "TWELVE"];

    private static readonly string[] CodeForms = ["rows of code, commitment, summary, RAG and date separated by tabs, such as 1.1 [tab] We will … [tab] Summary … [tab] GREEN [tab] 31/03/2024"];

    /// <summary>Imports a plan from the text export in a file (UTF-8, or UTF-16 with a byte order mark).</summary>
    /// <param name="path">The file; its name is the source of findings.</param>
    /// <param name="options">Import settings; null for the defaults.</param>
    /// <returns>The plan, each deliverable with its <see cref="Deliverable.Location"/>, and the findings.</returns>
    /// <exception cref="NhpInputException">The input is empty, has no deliverable rows, or states no as-of period.</exception>
    public static ImportResult<DeliveryPlan> Read(string path, PlanImportOptions? options = null) =>
        ImportInput.FromPath(path, (reader, source) => Read(reader, source, options));

    /// <summary>Imports a plan from its text export as a stream (UTF-8, or UTF-16 with a byte order mark).</summary>
    /// <param name="stream">The text; read to the end, left open.</param>
    /// <param name="source">The input's name (a file name) for findings; may be null.</param>
    /// <param name="options">Import settings; null for the defaults.</param>
    /// <returns>The plan, each deliverable with its <see cref="Deliverable.Location"/>, and the findings.</returns>
    /// <exception cref="NhpInputException">The input is empty, has no deliverable rows, or states no as-of period.</exception>
    public static ImportResult<DeliveryPlan> Read(Stream stream, string? source = null, PlanImportOptions? options = null) =>
        ImportInput.FromStream(stream, source, (reader, name) => Read(reader, name, options));

    /// <summary>Imports a plan from its text export.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The input's name (a file name) for findings; may be null.</param>
    /// <param name="options">Import settings; null for the defaults.</param>
    /// <returns>The plan, each deliverable with its <see cref="Deliverable.Location"/>, and the findings.</returns>
    /// <exception cref="NhpInputException">The input is empty, has no deliverable rows, or states no as-of period.</exception>
    public static ImportResult<DeliveryPlan> Read(TextReader reader, string? source = null, PlanImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        options ??= new PlanImportOptions();
        var state = new ReadState(source);
        var lineNumber = 0;
        var anyText = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber == 1)
            {
                line = line.TrimStart('\uFEFF');
            }

            anyText |= line.Trim().Length > 0;
            state.Row(line, lineNumber);
        }

        if (!anyText)
        {
            throw new NhpInputException(
                "The file is empty: expected a delivery plan table exported as tab-separated text.",
                new SourceLocation(source, null),
                null,
                CodeForms);
        }

        if (state.Rows.Count == 0)
        {
            throw new NhpInputException(
                "The file has no deliverable rows: expected rows that start with a deliverable code and a tab.",
                new SourceLocation(source, null),
                "code",
                CodeForms);
        }

        var asOf = options.AsOf ?? state.AsOf ?? throw new NhpInputException(
            "The plan states no as-of period: expected a header row with SUMMARY POSITION (MONTH YEAR), e.g. SUMMARY POSITION (JANUARY 2024).",
            new SourceLocation(source, null),
            "summary");
        var import = state.Build(asOf, options);
        return options.KnownObjectives is null ? import : new ImportResult<DeliveryPlan>(import.Value, [PlanImportOptions.ObjectivesUsed(options, source), .. import.Findings], source);
    }

    private sealed class RowData(DeliverableCode code, int line, ObjectiveHeading? heading)
    {
        public DeliverableCode Code { get; } = code;

        public int Line { get; } = line;

        public ObjectiveHeading? Heading { get; } = heading;

        public string Commitment { get; set; } = string.Empty;

        public int CommitmentLine { get; set; } = line;

        public string Summary { get; set; } = string.Empty;

        public int SummaryLine { get; set; } = line;

        public string RagText { get; set; } = string.Empty;

        public int RagLine { get; set; } = line;

        public string TargetText { get; set; } = string.Empty;
    }

    private sealed record ObjectiveHeading(int Line, string Verbatim, int? Number, string Title, bool Rejoined);

    private sealed class ReadState(string? source)
    {
        private readonly List<Finding> diagnostics = [];
        private ObjectiveHeading? heading;
        private bool headerSeen;

        public List<RowData> Rows { get; } = [];

        public YearMonth? AsOf { get; private set; }

        public string? Title { get; private set; }

        private SourceLocation At(int line) => new(source, line);

        private void Add(RuleDescriptor rule, string subject, string? field, string message, int line) =>
            diagnostics.Add(rule.Finding(subject, field, message, At(line)));

        public void Row(string line, int number)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                return;
            }

            if (trimmed.StartsWith('#'))
            {
                if (Title is null && Rows.Count == 0 && !trimmed.StartsWith("##", StringComparison.Ordinal))
                {
                    Title = StripTags(trimmed.TrimStart('#').Trim());
                }

                return;
            }

            var cells = line.Split('\t').Select(c => c.Trim()).ToList();
            while (cells.Count > 0 && cells[^1].Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            var squashed = WhiteSpace().Replace(StripTags(string.Concat(cells)), string.Empty).ToUpperInvariant();
            if (squashed.StartsWith("DELIVERABLE", StringComparison.Ordinal))
            {
                Header(cells, number);
            }
            else if (DeliverableCode.TryParse(cells[0], out var code))
            {
                Deliverable(code, cells, number);
            }
            else if (cells[0].Length == 0)
            {
                Continuation(cells, number);
            }
            else if (squashed.StartsWith("OBJ", StringComparison.Ordinal) && squashed.Contains("ECTIVE", StringComparison.Ordinal))
            {
                heading = ReadHeading(cells, number);
            }
            else if (!headerSeen && Rows.Count == 0 && cells.Count == 2 && RagKey.TryParse(cells[0], out var status) && status != RagStatus.NotRated)
            {
                if (!string.Equals(cells[1], RagKey.Meaning(status), StringComparison.OrdinalIgnoreCase))
                {
                    Add(PlanImportRules.KeyDiffersRule, RagKey.Word(status), "rag",
                        $"The document's RAG key says {RagKey.Word(status)} means '{cells[1]}'; Nhp reports it with the meaning '{RagKey.Meaning(status)}'.", number);
                }
            }
            else
            {
                Add(PlanImportRules.RowNotUnderstoodRule, source ?? "plan", null,
                    $"The row '{Shorten(trimmed)}' is not a deliverable (it does not start with a code such as 1.10), a continuation (empty first cell), a page header or an objective heading, so it was not imported.", number);
            }
        }

        private void Header(List<string> cells, int line)
        {
            headerSeen = true;
            var text = StripTags(string.Join(" ", cells));
            var match = PeriodPattern().Match(text);
            if (!match.Success)
            {
                return;
            }

            var month = Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames, m => m.Equals(match.Groups["month"].Value, StringComparison.OrdinalIgnoreCase));
            if (month < 0 || !int.TryParse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var headerYear) || !Periods.SupportedYears.Contains(headerYear))
            {
                Add(PlanImportRules.PeriodNotUnderstoodRule, source ?? "plan", "summary",
                    $"The header's period '({match.Groups["month"].Value} {match.Groups["year"].Value})' is not a month and year, such as (JANUARY 2024); it was ignored.", line);
                return;
            }

            var period = new YearMonth(headerYear, month + 1);
            if (AsOf is null)
            {
                AsOf = period;
            }
            else if (AsOf != period)
            {
                Add(PlanImportRules.PeriodMismatchRule, source ?? "plan", "summary",
                    $"This header gives the period {Month(period)} but an earlier one gave {Month(AsOf.Value)}; the earlier is used.", line);
            }
        }

        private void Deliverable(DeliverableCode code, List<string> cells, int line)
        {
            var row = new RowData(code, line, heading)
            {
                Commitment = Cell(cells, 1, code, line, "commitment"),
                Summary = Cell(cells, 2, code, line, "summary"),
                RagText = cells.Count > 3 ? cells[3] : string.Empty,
                TargetText = cells.Count > 4 ? cells[4] : string.Empty,
            };
            Rows.Add(row);
            Extra(cells, code, line);
        }

        private void Extra(List<string> cells, DeliverableCode code, int line)
        {
            for (var i = 5; i < cells.Count; i++)
            {
                if (cells[i].Length > 0)
                {
                    Add(PlanImportRules.ExtraCellRule, code.ToString(), null,
                        string.Create(CultureInfo.InvariantCulture, $"The row of {code} has text in column {i + 1}, after the date column: '{Shorten(cells[i])}'. It was not imported."), line);
                }
            }
        }

        private string Cell(List<string> cells, int index, DeliverableCode code, int line, string field)
        {
            if (cells.Count <= index)
            {
                return string.Empty;
            }

            var cell = cells[index];
            if (cell.Contains("<li", StringComparison.OrdinalIgnoreCase))
            {
                Add(PlanImportRules.HtmlListRule, code.ToString(), field,
                    $"The {field} of {code} holds an HTML list; it was read as one line per item.", line);
            }

            return Clean(cell);
        }

        private void Continuation(List<string> cells, int line)
        {
            if (Rows.Count == 0)
            {
                Add(PlanImportRules.ContinuationOrphanRule, source ?? "plan", null,
                    $"The row '{Shorten(string.Join(" ", cells).Trim())}' has an empty first cell, so it continues a deliverable, but no deliverable comes before it. It was not imported.", line);
                return;
            }

            var row = Rows[^1];
            var code = row.Code;
            var joined = new List<string>();
            if (cells.Count > 1 && cells[1].Length > 0)
            {
                row.Commitment = Join(row.Commitment, Cell(cells, 1, code, line, "commitment"));
                joined.Add("commitment");
            }

            if (cells.Count > 2 && cells[2].Length > 0)
            {
                row.Summary = Join(row.Summary, Cell(cells, 2, code, line, "summary"));
                joined.Add("summary");
            }

            if (cells.Count > 3 && cells[3].Length > 0)
            {
                if (row.RagText.Length == 0)
                {
                    row.RagText = cells[3];
                    row.RagLine = line;
                    joined.Add("RAG");
                }
                else
                {
                    Add(PlanImportRules.ContinuationConflictRule, code.ToString(), "rag",
                        string.Create(CultureInfo.InvariantCulture, $"{code} already has the RAG '{row.RagText}' from line {row.Line}; the continuation row gives another, '{cells[3]}', which was not imported."), line);
                }
            }

            if (cells.Count > 4 && cells[4].Length > 0)
            {
                if (row.TargetText.Length == 0)
                {
                    row.TargetText = cells[4];
                    joined.Add("date");
                }
                else
                {
                    Add(PlanImportRules.ContinuationConflictRule, code.ToString(), "target",
                        string.Create(CultureInfo.InvariantCulture, $"{code} already has the date '{row.TargetText}' from line {row.Line}; the continuation row gives another, '{cells[4]}', which was not imported."), line);
                }
            }

            Extra(cells, code, line);
            Add(PlanImportRules.ContinuationRule, code.ToString(), null,
                string.Create(CultureInfo.InvariantCulture, $"The row with an empty first cell continues {code} (line {row.Line}), broken across a page: its {List(joined)} joined to {code}'s."), line);
        }

        private ObjectiveHeading ReadHeading(List<string> cells, int line)
        {
            var verbatim = string.Join("\t", cells);
            var builder = new StringBuilder();
            var rejoined = false;
            foreach (var cell in cells.Select(StripTags).Where(c => c.Length > 0))
            {
                if (builder.Length > 0)
                {
                    if (char.IsLetter(builder[^1]) && char.IsLetter(cell[0]))
                    {
                        rejoined = true;
                    }
                    else
                    {
                        builder.Append(' ');
                    }
                }

                builder.Append(cell);
            }

            var text = WhiteSpace().Replace(builder.ToString(), " ").Trim();
            var match = HeadingPattern().Match(text);
            if (!match.Success)
            {
                Add(PlanImportRules.ObjectiveHeadingNotUnderstoodRule, source ?? "plan", "objective",
                    $"The objective heading '{Shorten(verbatim)}' does not read as OBJECTIVE, a number word and a title; its deliverables get the title 'Objective n'.", line);
                return new ObjectiveHeading(line, verbatim, null, string.Empty, rejoined);
            }

            var word = match.Groups["word"].Value.ToUpperInvariant();
            int? number = Array.IndexOf(NumberWords, word) is var index and >= 0 ? index
                : int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits : null;
            return new ObjectiveHeading(line, verbatim, number, SentenceCase(match.Groups["title"].Value.Trim()), rejoined);
        }

        public ImportResult<DeliveryPlan> Build(YearMonth asOf, PlanImportOptions options)
        {
            MoveMisplacedText(r => r.Commitment, (r, v) => r.Commitment = v, "commitment");
            MoveMisplacedText(r => r.Summary, (r, v) => r.Summary = v, "summary");

            var objectives = new List<Objective>();
            foreach (var group in Rows.GroupBy(r => r.Code.Objective))
            {
                var list = new List<Deliverable>();
                foreach (var row in group)
                {
                    list.Add(ToDeliverable(row, asOf));
                }

                objectives.Add(new Objective { Number = group.Key, Title = ObjectiveTitle(group.Key, group.ToList(), options), Deliverables = list });
            }

            foreach (var orphan in Rows.Select(r => r.Heading).Where(h => h is { Number: not null }).Distinct())
            {
                if (objectives.All(o => o.Number != orphan!.Number))
                {
                    Add(PlanImportRules.ObjectiveWithoutDeliverablesRule, string.Create(CultureInfo.InvariantCulture, $"objective {orphan!.Number}"), "objective",
                        $"The heading '{Shorten(orphan.Verbatim)}' is followed by no deliverable of its number, so the objective has no deliverables in the plan.", orphan.Line);
                }
            }

            var plan = new DeliveryPlan { Title = options.Title ?? Title, Objectives = objectives };
            var ordered = diagnostics.OrderBy(d => d.Location?.Line ?? 0).ToList();
            return new ImportResult<DeliveryPlan>(plan, ordered, source);
        }

        private Deliverable ToDeliverable(RowData row, YearMonth asOf)
        {
            var rag = ImportedDeliverable.Rag(row.RagText, row.Code, At(row.RagLine), diagnostics);
            return ImportedDeliverable.Create(At(row.Line), row.Code, row.Commitment, asOf, row.Summary, rag, row.TargetText);
        }

        private string ObjectiveTitle(int number, List<RowData> rows, PlanImportOptions options)
        {
            var subject = string.Create(CultureInfo.InvariantCulture, $"objective {number}");
            var headings = rows.Select(r => r.Heading).Distinct().ToList();
            foreach (var row in rows.Where(r => r.Heading is { Number: not null } h && h.Number != number))
            {
                Add(PlanImportRules.ObjectiveNumberMismatchRule, row.Code.ToString(), "code",
                    string.Create(CultureInfo.InvariantCulture, $"{row.Code} is printed under the heading of objective {row.Heading!.Number} (line {row.Heading.Line}); its code puts it in objective {number}, where it was imported."), row.Line);
            }

            var heading = headings.FirstOrDefault(h => h is not null && (h.Number == number || h.Number is null));
            var known = options.KnownObjectives?.FirstOrDefault(o => o.Number == number);
            if (heading is null || heading.Title.Length == 0)
            {
                var line = rows[0].Line;
                if (known is not null)
                {
                    Add(PlanImportRules.ObjectiveTitleKnownRule, subject, "title",
                        $"Objective {number.ToString(CultureInfo.InvariantCulture)} has no heading in the document; it takes the known title '{known.Title}'.", line);
                    return known.Title;
                }

                if (number == 0)
                {
                    Add(PlanImportRules.SetUpObjectiveRule, subject, "title",
                        $"Deliverables 0.x have no objective heading in the document: they are the plan's own set-up work, grouped as objective 0, '{DeliveryPlan.SetUpObjectiveTitle}'.", line);
                    return DeliveryPlan.SetUpObjectiveTitle;
                }

                var fallback = string.Create(CultureInfo.InvariantCulture, $"Objective {number}");
                Add(PlanImportRules.ObjectiveUnnamedRule, subject, "title",
                    $"Objective {number.ToString(CultureInfo.InvariantCulture)} has no heading in the document; it is titled '{fallback}'. Supply the strategy's objectives to name it.", line);
                return fallback;
            }

            if (options.KnownObjectives is { } list)
            {
                var match = StrategyObjectives.Match(list, number, heading.Title);
                if (match is not null)
                {
                    if (!string.Equals(match.Title, heading.Title, StringComparison.Ordinal))
                    {
                        Add(PlanImportRules.ObjectiveTitleRepairedRule, subject, "title",
                            $"The heading '{Shorten(heading.Verbatim)}' was matched to the strategy's objective {number.ToString(CultureInfo.InvariantCulture)}, '{match.Title}', whose title is used.", heading.Line);
                    }

                    return match.Title;
                }

                if (known is not null)
                {
                    Add(PlanImportRules.ObjectiveTitleUnmatchedRule, subject, "title",
                        $"The heading reads '{heading.Title}', which is not the strategy's objective {number.ToString(CultureInfo.InvariantCulture)}, '{known.Title}'; the heading's words are used.", heading.Line);
                    return heading.Title;
                }
            }

            if (heading.Rejoined)
            {
                Add(PlanImportRules.ObjectiveTitleRejoinedRule, subject, "title",
                    $"The heading '{Shorten(heading.Verbatim)}' had words split across cells; it was re-joined as '{heading.Title}'. Check the wording, or supply the strategy's objectives.", heading.Line);
            }

            return heading.Title;
        }

        private void MoveMisplacedText(Func<RowData, string> get, Action<RowData, string> set, string field)
        {
            for (var i = 1; i < Rows.Count; i++)
            {
                var previous = Rows[i - 1];
                var current = Rows[i];
                var text = get(current);
                if (text.Length == 0 || !char.IsLower(text[0]))
                {
                    continue;
                }

                var before = get(previous).TrimEnd();
                var match = MisplacedPattern().Match(text);
                if (before.Length > 0 && !".!?:;".Contains(before[^1], StringComparison.Ordinal) && match.Success)
                {
                    var moved = match.Groups["moved"].Value;
                    set(previous, before + " " + moved);
                    set(current, match.Groups["rest"].Value);
                    Add(PlanImportRules.TextMovedRule, current.Code.ToString(), field,
                        string.Create(CultureInfo.InvariantCulture, $"'{moved}' begins the {field} of {current.Code} but finishes the unfinished sentence of {previous.Code} (line {previous.Line}); it was moved to the end of {previous.Code}'s {field}."), current.Line);
                }
                else
                {
                    Add(PlanImportRules.StartsMidSentenceRule, current.Code.ToString(), field,
                        $"The {field} of {current.Code} begins mid-sentence ('{Shorten(text)}'); check whether text was lost or misplaced in the export.", current.Line);
                }
            }
        }
    }

    private static string List(List<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    private static string Join(string first, string second)
    {
        if (first.Length == 0)
        {
            return second;
        }

        // A list read from HTML starts on its own line; anything else continues the sentence.
        return second.StartsWith("- ", StringComparison.Ordinal)
            ? first + "\n" + second
            : first + " " + second;
    }

    // Cell text as plain text: an HTML list becomes "- item" lines; other tags go; entities are decoded.
    private static string Clean(string cell)
    {
        if (!cell.Contains('<', StringComparison.Ordinal))
        {
            return cell;
        }

        var items = ListItem().Matches(cell);
        if (items.Count > 0)
        {
            var start = cell.IndexOf("<ul", StringComparison.OrdinalIgnoreCase) is var ul and >= 0 ? ul : items[0].Index;
            var before = StripTags(cell[..start]).Trim();
            var lines = items.Select(m => "- " + WhiteSpace().Replace(StripTags(m.Groups["item"].Value), " ").Trim());
            var list = string.Join("\n", lines);
            var after = StripTags(cell[(items[^1].Index + items[^1].Length)..]).Trim();
            var text = before.Length > 0 ? before + "\n" + list : list;
            return after.Length > 0 ? text + "\n" + after : text;
        }

        return StripTags(cell).Trim();
    }

    private static string StripTags(string text) => WebUtility.HtmlDecode(Tag().Replace(text, string.Empty));

    private static string SentenceCase(string upper)
    {
        var lower = upper.ToLowerInvariant();
        return lower.Length == 0 ? lower : char.ToUpperInvariant(lower[0]) + lower[1..];
    }

    private static string Month(YearMonth month) => month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Shorten(string text)
    {
        var flat = WhiteSpace().Replace(text.Replace("\t", " | ", StringComparison.Ordinal), " ");
        return flat.Length <= 100 ? flat : flat[..97] + "...";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<li[^>]*>(?<item>.*?)</li>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\((?<month>[A-Za-z]+)\s+(?<year>\d{4})\)")]
    private static partial Regex PeriodPattern();

    [GeneratedRegex(@"^OBJ[A-Z]*ECTIVE\s+(?<word>[A-Z0-9]+)\s*[:\-–]?\s*(?<title>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^(?<moved>[a-z][^.!?]*[.!?])\s+(?<rest>[A-Z].*)$", RegexOptions.Singleline)]
    private static partial Regex MisplacedPattern();
}
