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
/// The state of interpreting one plan table, row by row (see <see cref="PlanTable"/> for the rows it knows). Each
/// row is read once and its text kept in parts joined at the end, so the work is linear in the size of the table.
/// Not thread-safe: one instance per import.
/// </summary>
internal sealed partial class PlanTableReader(string? source, (string Expected, string[] Forms) format)
{
    /// <summary>What an empty table was expected to be, for any reader of rows.</summary>
    public static (string Expected, string[] Forms) TableForms => ("a delivery plan table", TableCodeForms);

    /// <summary>What an empty text export was expected to be.</summary>
    public static readonly (string Expected, string[] Forms) TextForms =
        ("a delivery plan table exported as tab-separated text", ["rows of code, commitment, summary, RAG and date separated by tabs, such as 1.1 [tab] We will … [tab] Summary … [tab] GREEN [tab] 31/03/2024"]);

    private const int MaxDateLength = 60;

    private static readonly string[] NumberWords =
        ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "ELEVEN", "TWELVE"];

    private static readonly string[] TableCodeForms = ["a table with a header row (such as DELIVERABLE | SUMMARY POSITION (JANUARY 2024) | PROGRESS | DATE) and rows of code, commitment, summary, RAG and date, such as 1.1 | We will … | Summary … | GREEN | 31/03/2024"];

    private static readonly string ObjectiveWord = FuzzyText.Letters("OBJECTIVE");

    private readonly List<Finding> diagnostics = [];
    private readonly List<RowData> rows = [];
    private readonly List<int> preamble = [];
    private TableLayout layout = TableLayout.Default;
    private string? lastContinuationMessage;
    private string? lastContinuationSubject;
    private ObjectiveHeading? heading;
    private bool headingOpen;
    private bool started;
    private bool anyText;
    private int rowsRead;
    private int headers;
    private (string Text, YearMonth Month, int Line)? preamblePeriod;
    private int? objectiveColumnCell;

    private YearMonth? AsOf { get; set; }

    private string? Title { get; set; }

    private string Subject => source ?? "plan";

    private SourceLocation At(int line) => new(source, line);

    private void Add(RuleDescriptor rule, string subject, string? field, string message, int line) =>
        diagnostics.Add(rule.Finding(subject, field, message, At(line)));

    public void Row(PlanTableRow row)
    {
        var cells = new List<string>(row.Cells.Count);
        foreach (var cell in row.Cells)
        {
            cells.Add(cell.Trim());
        }

        while (cells.Count > 0 && cells[^1].Length == 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        if (cells.Count == 0)
        {
            return;
        }

        anyText = true;
        rowsRead++;
        var line = row.Line;
        if (cells.Count == 1 && cells[0].StartsWith('#'))
        {
            if (Title is null && rows.Count == 0 && !cells[0].StartsWith("##", StringComparison.Ordinal))
            {
                Title = StripTags(cells[0].TrimStart('#').Trim());
            }

            PreambleRow(cells, line, asTitle: false);
            return;
        }

        var codeColumn = Math.Max(0, layout.IndexOf(ColumnRole.Code));
        var codeCell = codeColumn < cells.Count ? cells[codeColumn] : string.Empty;
        var numberedLine = !started && cells.Count(c => c.Length > 0) == 1;
        if (CellValues.TryCode(codeCell, out var code, out var rest, out var repaired) && !(numberedLine && rest.Length > 0))
        {
            Deliverable(code, rest, repaired, codeCell, codeColumn, cells, line);
            return;
        }

        if (codeColumn > 0 && CellValues.TryCode(cells[0], out code, out rest, out repaired))
        {
            Deliverable(code, rest, repaired, cells[0], 0, cells, line);
            return;
        }

        if (cells.Count(c => c.Length > 0) >= 3 && CellValues.TryCode(codeCell, out code, out rest, out repaired, anyText: true))
        {
            // A damaged code with the commitment in its cell ("l.l0 legislation and …") in a row with the plan's other cells.
            Deliverable(code, rest, repaired, codeCell, codeColumn, cells, line);
            return;
        }

        if (TableHeader.TryRead(cells) is { } header)
        {
            Header(header, line);
            return;
        }

        var spans = row.SpansTable && cells.Count(c => c.Length > 0) == 1;
        if ((cells[0].Length > 0 || spans) && TryReadHeading(cells, line, spans && (started || rows.Count > 0)) is { } read)
        {
            started = true;
            heading = read;
            headingOpen = true;
            return;
        }

        if (codeCell.Length == 0 && cells.Any(c => c.Length > 0) && (started || rows.Count > 0))
        {
            Continuation(cells, line, shifted: false);
            return;
        }

        if (!started)
        {
            if (!RagKeyRow(cells, line))
            {
                PreambleRow(cells, line, asTitle: true);
            }

            return;
        }

        if (CellValues.LooksLikeCode(cells[0]) && cells.Skip(1).Count(c => c.Length > 0) >= 2)
        {
            Add(PlanImportRules.RowNotUnderstoodRule, Subject, "code",
                $"The row '{Shorten(string.Join("\t", cells))}' looks like a deliverable, but '{Shorten(cells[0])}' is not a code such as 1.10, so it was not imported.", line);
            return;
        }

        if (headingOpen && heading is not null && IsUpperCaseText(cells))
        {
            // A heading too long for one line, continued on the next.
            heading = heading with
            {
                Verbatim = heading.Verbatim + "\n" + string.Join("\t", cells),
                Title = SentenceCase((heading.Title.ToUpperInvariant() + " " + Joined(cells, out _)).Trim()),
            };
            return;
        }

        if (rows.Count > 0 && !headingOpen && StartsMidSentence(cells[0]))
        {
            // A continuation whose empty first cell the export dropped: its text begins mid-sentence.
            cells.Insert(0, string.Empty);
            Continuation(cells, line, shifted: true);
            return;
        }

        Add(PlanImportRules.RowSkippedRule, Subject, null,
            $"The row '{Shorten(string.Join("\t", cells))}' is not a deliverable (a code such as 1.10 in its first cell), a continuation, a header or an objective heading, so it was skipped.", line);
    }

    private void PreambleRow(List<string> cells, int line, bool asTitle)
    {
        if (started)
        {
            return;
        }

        preamble.Add(line);
        var text = string.Join(" ", cells.Where(c => c.Length > 0));
        if (preamblePeriod is null && TableHeader.FindPeriod(text) is { Period: { } month } found)
        {
            preamblePeriod = (found.Text, month, line);
        }

        if (asTitle && Title is null && cells.Count(c => c.Length > 0) == 1 && text.Length <= 150 && text.Any(char.IsLetter)
            && !CellValues.TryRag(text.Split(' ')[0], out _, out _))
        {
            Title = StripTags(text.Trim('*', ' '));
        }
    }

    private bool RagKeyRow(List<string> cells, int line)
    {
        var parts = cells.Count(c => c.Length > 0) == 1
            ? cells.First(c => c.Length > 0).Split([' ', '-', '–', ':', '='], 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [.. cells.Where(c => c.Length > 0)];
        if (parts.Length != 2 || !CellValues.TryRag(parts[0], out var status, out _) || status == RagStatus.NotRated)
        {
            return false;
        }

        preamble.Add(line);
        var meaning = parts[1].Trim(' ', '-', '–', ':', '=');
        if (StrategyObjectives.Similarity(meaning, RagKey.Meaning(status)) < StrategyObjectives.MatchThreshold)
        {
            Add(PlanImportRules.KeyDiffersRule, RagKey.Word(status), "rag",
                $"The document's RAG key says {RagKey.Word(status)} means '{meaning}'; Nhp reports it with the meaning '{RagKey.Meaning(status)}'.", line);
        }

        return true;
    }

    private void Header(TableHeader header, int line)
    {
        started = true;
        headers++;
        if (header.Layout is { } read)
        {
            layout = read;
            objectiveColumnCell = read.IndexOf(ColumnRole.Objective) is var o and >= 0 ? o : null;
        }

        if (header.PeriodText is null)
        {
            return;
        }

        if (header.Period is not { } period)
        {
            Add(PlanImportRules.PeriodNotUnderstoodRule, Subject, "summary",
                $"The header's period '({header.PeriodText})' is not a month and year, such as (JANUARY 2024); it was ignored.", line);
            return;
        }

        if (AsOf is null)
        {
            AsOf = period;
        }
        else if (AsOf != period)
        {
            Add(PlanImportRules.PeriodMismatchRule, Subject, "summary",
                $"This header gives the period {Month(period)} but an earlier one gave {Month(AsOf.Value)}; the earlier is used.", line);
        }
    }

    private void Deliverable(DeliverableCode code, string rest, bool repaired, string codeCell, int codeColumn, List<string> cells, int line)
    {
        started = true;
        headingOpen = false;
        if (repaired)
        {
            Add(PlanImportRules.ValueRepairedRule, code.ToString(), "code",
                $"The code '{codeCell}' has letters that look like digits; it was read as {code}.", line);
        }

        if (objectiveColumnCell is { } objectiveColumn && objectiveColumn < cells.Count && cells[objectiveColumn].Length > 0
            && (heading is null || !string.Equals(heading.Verbatim, cells[objectiveColumn], StringComparison.Ordinal)))
        {
            heading = TryReadHeading([cells[objectiveColumn]], line, titleOnly: true);
        }

        var row = new RowData(code, line, heading);
        rows.Add(row);
        var placed = Place(cells, codeColumn, rest);
        if (placed.Realigned)
        {
            Add(PlanImportRules.CellsRealignedRule, code.ToString(), null,
                string.Create(CultureInfo.InvariantCulture, $"The row of {code} has its cells split differently from the header's columns ({cells.Count} cells); its RAG and date were read by their content and its other text joined as commitment and summary."), line);
        }

        foreach (var text in placed.Commitment)
        {
            row.Commitment.Add(Cell(text, code, line, "commitment"));
        }

        foreach (var text in placed.Summary)
        {
            row.Summary.Add(Cell(text, code, line, "summary"));
        }

        row.RagText = placed.Rag;
        row.TargetText = placed.Date;
        Extra(placed, code, line);
    }

    private void Extra(Placement placed, DeliverableCode code, int line)
    {
        foreach (var (index, text) in placed.Extra)
        {
            Add(PlanImportRules.ExtraCellRule, code.ToString(), null,
                string.Create(CultureInfo.InvariantCulture, $"The row of {code} has text in column {index + 1}, after the date column: '{Shorten(text)}'. It was not imported."), line);
        }
    }

    private string Cell(string cell, DeliverableCode code, int line, string field)
    {
        if (cell.Contains("<li", StringComparison.OrdinalIgnoreCase))
        {
            Add(PlanImportRules.HtmlListRule, code.ToString(), field,
                $"The {field} of {code} holds an HTML list; it was read as one line per item.", line);
        }

        return Clean(cell);
    }

    private void Continuation(List<string> cells, int line, bool shifted)
    {
        if (rows.Count == 0)
        {
            Add(PlanImportRules.ContinuationOrphanRule, Subject, null,
                $"The row '{Shorten(string.Join(" ", cells).Trim())}' has an empty first cell, so it continues a deliverable, but no deliverable comes before it. It was not imported.", line);
            return;
        }

        var row = rows[^1];
        var code = row.Code;
        var codeColumn = Math.Max(0, layout.IndexOf(ColumnRole.Code));
        var placed = Place(cells, codeColumn, string.Empty);
        var joined = new List<string>();
        if (placed.Commitment.Count > 0)
        {
            foreach (var text in placed.Commitment)
            {
                row.Commitment.Add(Cell(text, code, line, "commitment"));
            }

            joined.Add("commitment");
        }

        if (placed.Summary.Count > 0)
        {
            foreach (var text in placed.Summary)
            {
                row.Summary.Add(Cell(text, code, line, "summary"));
            }

            joined.Add("summary");
        }

        if (placed.Rag.Length > 0)
        {
            if (row.RagText.Length == 0)
            {
                row.RagText = placed.Rag;
                row.RagLine = line;
                joined.Add("RAG");
            }
            else
            {
                Add(PlanImportRules.ContinuationConflictRule, code.ToString(), "rag",
                    string.Create(CultureInfo.InvariantCulture, $"{code} already has the RAG '{row.RagText}' from line {row.Line}; the continuation row gives another, '{placed.Rag}', which was not imported."), line);
            }
        }

        if (placed.Date.Length > 0)
        {
            if (row.TargetText.Length == 0)
            {
                row.TargetText = placed.Date;
                row.TargetLine = line;
                joined.Add("date");
            }
            else
            {
                Add(PlanImportRules.ContinuationConflictRule, code.ToString(), "target",
                    string.Create(CultureInfo.InvariantCulture, $"{code} already has the date '{row.TargetText}' from line {row.Line}; the continuation row gives another, '{placed.Date}', which was not imported."), line);
            }
        }

        Extra(placed, code, line);
        var how = shifted ? "begins mid-sentence with no code, so it" : "with an empty first cell";
        var name = code.ToString();
        var message = string.Create(CultureInfo.InvariantCulture, $"The row {how} continues {name} (line {row.Line}), broken across a page: its {List(joined)} joined to {name}'s.");

        // A deliverable continued over many rows gets the same sentence for each: the findings share one string, so
        // what each row keeps alive until the import ends is its finding and location, not another copy of the text.
        if (message == lastContinuationMessage)
        {
            message = lastContinuationMessage;
            name = lastContinuationSubject!;
        }
        else
        {
            lastContinuationMessage = message;
            lastContinuationSubject = name;
        }

        Add(PlanImportRules.ContinuationRule, name, null, message, line);
    }

    // Which cell is what: by the header's columns when the row fits them, else by content.
    private Placement Place(List<string> cells, int codeColumn, string rest)
    {
        var work = new List<(int Index, string Text)>();
        for (var i = 0; i < cells.Count; i++)
        {
            if (i == codeColumn || layout.RoleOf(i) is ColumnRole.Objective or ColumnRole.Other)
            {
                continue;
            }

            work.Add((i, cells[i]));
        }

        if (rest.Length > 0)
        {
            work.Insert(0, (codeColumn, rest));
        }

        var placed = new Placement();
        if (rest.Length == 0 && Fits(cells, codeColumn))
        {
            foreach (var (index, text) in work)
            {
                if (text.Length == 0)
                {
                    continue;
                }

                switch (layout.RoleOf(index))
                {
                    case ColumnRole.Commitment:
                        placed.Commitment.Add(text);
                        break;
                    case ColumnRole.Summary:
                        placed.Summary.Add(text);
                        break;
                    case ColumnRole.Rag:
                        placed.Rag = text;
                        break;
                    case ColumnRole.Date:
                        placed.Date = text;
                        break;
                    default:
                        placed.Extra.Add((index, text));
                        break;
                }
            }

            return placed;
        }

        // By content: split "GREEN 31/03/2024", find the RAG word from the right and the date after it.
        var split = new List<(int Index, string Text)>();
        foreach (var (index, text) in work)
        {
            if (CellValues.TrySplitRagAndDate(text, out var rag, out var date))
            {
                split.Add((index, rag));
                split.Add((index, date));
            }
            else if (text.Length > 0)
            {
                split.Add((index, text));
            }
        }

        var ragAt = split.FindLastIndex(c => CellValues.TryRag(c.Text, out _, out _));
        var dateAt = -1;
        if (ragAt >= 0)
        {
            if (ragAt + 1 < split.Count && split[ragAt + 1].Text.Length <= MaxDateLength)
            {
                dateAt = ragAt + 1;
            }
        }
        else if (split.Count > 0 && CellValues.IsDate(split[^1].Text))
        {
            dateAt = split.Count - 1;
        }

        var textEnd = ragAt >= 0 ? ragAt : dateAt >= 0 ? dateAt : split.Count;
        var texts = split.Take(textEnd).ToList();
        placed.Realigned = true;
        if (ragAt >= 0)
        {
            placed.Rag = split[ragAt].Text;
        }

        if (dateAt >= 0)
        {
            placed.Date = split[dateAt].Text;
        }

        for (var i = Math.Max(ragAt, dateAt) + 1; i < split.Count && Math.Max(ragAt, dateAt) >= 0; i++)
        {
            placed.Extra.Add(split[i]);
        }

        var first = layout.CommitmentFirst ? placed.Commitment : placed.Summary;
        var second = layout.CommitmentFirst ? placed.Summary : placed.Commitment;
        if (texts.Count == 1)
        {
            var role = layout.RoleOf(texts[0].Index);
            var summaryColumn = layout.IndexOf(ColumnRole.Summary);
            (role is ColumnRole.Summary || (role is not ColumnRole.Commitment && summaryColumn >= 0 && texts[0].Index >= summaryColumn) ? placed.Summary : placed.Commitment).Add(texts[0].Text);
        }
        else if (texts.Count > 1)
        {
            var boundary = Boundary(texts);
            first.Add(string.Join(" ", texts.Take(boundary).Select(t => t.Text)));
            second.Add(string.Join(" ", texts.Skip(boundary).Select(t => t.Text)));
        }

        return placed;
    }

    // Whether the row's cells are in the header's columns: a RAG word only in the RAG column, a short date in the date column.
    private bool Fits(List<string> cells, int codeColumn)
    {
        var ragColumn = layout.IndexOf(ColumnRole.Rag);
        var dateColumn = layout.IndexOf(ColumnRole.Date);
        var ragElsewhere = false;
        for (var i = 0; i < cells.Count; i++)
        {
            ragElsewhere |= i != ragColumn && i != codeColumn && CellValues.TryRag(cells[i], out _, out _);
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var text = cells[i];
            if (text.Length == 0 || i == codeColumn)
            {
                continue;
            }

            var role = layout.RoleOf(i);
            var isRag = CellValues.TryRag(text, out _, out _);
            switch (role)
            {
                case ColumnRole.Rag when !isRag && (ragElsewhere || text.Length > 20 || text.Contains(' ', StringComparison.Ordinal)):
                    return false;
                case ColumnRole.Date when isRag || text.Length > MaxDateLength:
                    return false;
                case ColumnRole.Commitment or ColumnRole.Summary when isRag || CellValues.TrySplitRagAndDate(text, out _, out _):
                    return false;
                case ColumnRole.None when i >= layout.Roles.Count && (ragColumn < 0 || dateColumn < 0 || ragColumn >= cells.Count || cells[ragColumn].Length == 0 || dateColumn >= cells.Count || cells[dateColumn].Length == 0):
                    return false;
            }
        }

        return true;
    }

    // Where commitment ends and summary begins among re-split text cells: before a cell that starts a sentence.
    private static int Boundary(List<(int Index, string Text)> texts)
    {
        var best = 1;
        var bestScore = int.MinValue;
        for (var j = 1; j < texts.Count; j++)
        {
            var left = texts[j - 1].Text;
            var right = texts[j].Text;
            var score = 0;
            score += char.IsUpper(right[0]) || right[0] is '<' or '-' ? 2 : 0;
            score += char.IsLower(right[0]) ? -3 : 0;
            score += ".!?)\"'".Contains(left[^1], StringComparison.Ordinal) ? 1 : 0;
            score += right.StartsWith("We will", StringComparison.OrdinalIgnoreCase) ? -1 : 0;
            if (score > bestScore)
            {
                (best, bestScore) = (j, score);
            }
        }

        return best;
    }

    private static bool IsUpperCaseText(List<string> cells)
    {
        var text = string.Concat(cells);
        return text.Any(char.IsLetter) && !text.Any(char.IsLower) && !text.Any(char.IsDigit);
    }

    private static bool StartsMidSentence(string cell) => cell.Length > 0 && (char.IsLower(cell[0]) || cell[0] is ',' or ';' or ')');

    private static string Joined(IEnumerable<string> cells, out bool rejoined)
    {
        var builder = new StringBuilder();
        rejoined = false;
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

        return WhiteSpace().Replace(builder.ToString(), " ").Trim();
    }

    // An objective heading: OBJECTIVE (split or damaged), a number word and a title; or any title in a row merged
    // across the table, or in an objective column. Null when the row is not a heading.
    private ObjectiveHeading? TryReadHeading(List<string> cells, int line, bool titleOnly)
    {
        var verbatim = string.Join("\t", cells.Where(c => c.Length > 0));
        var text = Joined(cells, out var rejoined);
        var positions = new List<int>();
        var letters = FuzzyText.Letters(text, positions);
        var prefix = letters.Length > 16 ? letters[..16] : letters;
        var label = FuzzyText.Find(prefix, ObjectiveWord, 2).Where(m => m.Start <= 5).OrderBy(m => m.Edits).ThenByDescending(m => m.End).FirstOrDefault();
        var labelled = label.End > 0 && (positions[label.End - 1] + 1 >= text.Length || !char.IsLetter(text[positions[label.End - 1] + 1]));
        if (!labelled && !titleOnly)
        {
            return null;
        }

        var remainder = labelled ? text[(positions[label.End - 1] + 1)..] : text;
        var match = NumberAndTitle().Match(remainder);
        int? number = null;
        var title = remainder.Trim().TrimStart(':', '-', '–', '.', ' ');
        if (match.Success && ReadNumber(match.Groups["word"].Value) is { } read)
        {
            number = read;
            title = match.Groups["title"].Value.Trim();
        }
        else if (labelled && remainder.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 && remainder[..colon].Trim().Split(' ').Length == 1)
        {
            // A number word damaged beyond reading: the title is still after the colon.
            title = remainder[(colon + 1)..].Trim();
        }
        else if (labelled && !titleOnly && !remainder.Contains(':', StringComparison.Ordinal) && title.Length > 0)
        {
            // "Objectives and deliverables": the word, but not a heading.
            return null;
        }

        if (title.Length == 0)
        {
            Add(PlanImportRules.ObjectiveHeadingNotUnderstoodRule, Subject, "objective",
                $"The objective heading '{Shorten(verbatim)}' does not read as OBJECTIVE, a number word and a title; its deliverables get the title 'Objective n'.", line);
            return new ObjectiveHeading(line, verbatim, number, string.Empty, rejoined);
        }

        return new ObjectiveHeading(line, verbatim, number, IsUpperCase(title) ? SentenceCase(title) : title, rejoined);
    }

    private static bool IsUpperCase(string text) => !text.Any(char.IsLower);

    private static int? ReadNumber(string word)
    {
        if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var digits))
        {
            return digits;
        }

        for (var i = 0; i < NumberWords.Length; i++)
        {
            if (FuzzyText.SameWord(word, NumberWords[i]))
            {
                return i;
            }
        }

        return null;
    }

    public ImportResult<DeliveryPlan> Build(PlanImportOptions options)
    {
        if (!anyText)
        {
            throw new NhpInputException(
                $"The file is empty: expected {format.Expected}.",
                new SourceLocation(source, null),
                null,
                format.Forms);
        }

        if (rows.Count == 0)
        {
            var seen = headers > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{headers} header row(s) were found but no row under them starts with a deliverable code")
                : string.Create(CultureInfo.InvariantCulture, $"none of its {rowsRead} rows is a header (column names such as DELIVERABLE, SUMMARY POSITION, PROGRESS, DATE) or starts with a deliverable code");
            throw new NhpInputException(
                $"The file has no deliverable rows: {seen}. Expected rows that start with a deliverable code such as 1.10.",
                new SourceLocation(source, null),
                "code",
                format.Forms);
        }

        if (options.AsOf is null && AsOf is null && preamblePeriod is { } found)
        {
            AsOf = found.Month;
            Add(PlanImportRules.PeriodFromTextRule, Subject, "summary",
                $"No header names the period of the summary position; '{found.Text}', before the table, was used.", found.Line);
        }

        var asOf = options.AsOf ?? AsOf ?? throw new NhpInputException(
            "The plan states no as-of period: expected a header row with SUMMARY POSITION (MONTH YEAR), e.g. SUMMARY POSITION (JANUARY 2024), or a month and year before the table.",
            new SourceLocation(source, null),
            "summary");

        if (preamble.Count > 0)
        {
            Add(PlanImportRules.PreambleRule, Subject, null,
                string.Create(CultureInfo.InvariantCulture, $"{preamble.Count} row(s) before the table (lines {preamble[0]}–{preamble[^1]}: title, key, captions or notes) were read as its preamble and not imported as deliverables."), preamble[0]);
        }

        var texts = rows.Select(r => (Commitment: JoinParts(r.Commitment), Summary: JoinParts(r.Summary))).ToArray();
        MoveMisplacedText(texts, 0, "commitment");
        MoveMisplacedText(texts, 1, "summary");

        var objectives = new List<Objective>();
        var index = 0;
        var byObjective = rows.Select((r, i) => (Row: r, Index: i)).GroupBy(r => r.Row.Code.Objective);
        foreach (var group in byObjective)
        {
            var list = new List<Deliverable>();
            foreach (var (row, i) in group)
            {
                list.Add(ToDeliverable(row, texts[i], asOf));
                index++;
            }

            objectives.Add(new Objective { Number = group.Key, Title = ObjectiveTitle(group.Key, [.. group.Select(g => g.Row)], options), Deliverables = list });
        }

        var numbers = objectives.Select(o => o.Number).ToHashSet();
        foreach (var orphan in rows.Select(r => r.Heading).Where(h => h is { Number: not null }).Distinct())
        {
            if (!numbers.Contains(orphan!.Number!.Value))
            {
                Add(PlanImportRules.ObjectiveWithoutDeliverablesRule, string.Create(CultureInfo.InvariantCulture, $"objective {orphan.Number}"), "objective",
                    $"The heading '{Shorten(orphan.Verbatim)}' is followed by no deliverable of its number, so the objective has no deliverables in the plan.", orphan.Line);
            }
        }

        var plan = new DeliveryPlan { Title = options.Title ?? Title, Objectives = objectives };
        var ordered = diagnostics.OrderBy(d => d.Location?.Line ?? 0).ToList();
        return new ImportResult<DeliveryPlan>(plan, ordered, source);
    }

    private Deliverable ToDeliverable(RowData row, (string Commitment, string Summary) text, YearMonth asOf)
    {
        var ragText = row.RagText;
        if (!RagKey.TryParse(ragText, out _) && CellValues.TryRag(ragText, out var status, out _))
        {
            Add(PlanImportRules.ValueRepairedRule, row.Code.ToString(), "rag",
                $"The RAG of {row.Code} reads '{ragText}', a key word with letters misread; it was read as {RagKey.Word(status)}.", row.RagLine);
            ragText = RagKey.Word(status);
        }

        var targetText = row.TargetText;
        if (CellValues.RepairDate(targetText) is { } repaired)
        {
            Add(PlanImportRules.ValueRepairedRule, row.Code.ToString(), "target",
                $"The date of {row.Code} reads '{targetText}', with letters and digits that look alike misread; it was read as '{repaired}'.", row.TargetLine);
            targetText = repaired;
        }

        var rag = ImportedDeliverable.Rag(ragText, row.Code, At(row.RagLine), diagnostics);
        return ImportedDeliverable.Create(At(row.Line), row.Code, text.Commitment, asOf, text.Summary, rag, targetText);
    }

    private string ObjectiveTitle(int number, List<RowData> group, PlanImportOptions options)
    {
        var subject = string.Create(CultureInfo.InvariantCulture, $"objective {number}");
        foreach (var row in group.Where(r => r.Heading is { Number: not null } h && h.Number != number))
        {
            Add(PlanImportRules.ObjectiveNumberMismatchRule, row.Code.ToString(), "code",
                string.Create(CultureInfo.InvariantCulture, $"{row.Code} is printed under the heading of objective {row.Heading!.Number} (line {row.Heading.Line}); its code puts it in objective {number}, where it was imported."), row.Line);
        }

        var heading = group.Select(r => r.Heading).Distinct().FirstOrDefault(h => h is not null && (h.Number == number || h.Number is null));
        var known = options.KnownObjectives?.FirstOrDefault(o => o.Number == number);
        if (heading is null || heading.Title.Length == 0)
        {
            var line = group[0].Line;
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

    private void MoveMisplacedText((string Commitment, string Summary)[] texts, int column, string field)
    {
        string Get(int i) => column == 0 ? texts[i].Commitment : texts[i].Summary;
        void Set(int i, string value) => texts[i] = column == 0 ? (value, texts[i].Summary) : (texts[i].Commitment, value);

        for (var i = 1; i < rows.Count; i++)
        {
            var previous = rows[i - 1];
            var current = rows[i];
            var text = Get(i);
            if (text.Length == 0 || !char.IsLower(text[0]))
            {
                continue;
            }

            var before = Get(i - 1).TrimEnd();
            var match = MisplacedPattern().Match(text);
            if (before.Length > 0 && !".!?:;".Contains(before[^1], StringComparison.Ordinal) && match.Success)
            {
                var moved = match.Groups["moved"].Value;
                Set(i - 1, before + " " + moved);
                Set(i, match.Groups["rest"].Value);
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

    private static string List(List<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    // The parts of a cell broken across pages, joined once: a list read from HTML starts on its own line; anything else continues the sentence.
    private static string JoinParts(List<string> parts)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }

        // Sized once, so a cell continued over many rows is copied once, not through a chain of growing blocks.
        var length = parts.Count;
        foreach (var part in parts)
        {
            length += part.Length;
        }

        var builder = new StringBuilder(length);
        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(part.StartsWith("- ", StringComparison.Ordinal) ? '\n' : ' ');
            }

            builder.Append(part);
        }

        return builder.ToString();
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

    private static string StripTags(string text) => text.Contains('<', StringComparison.Ordinal) || text.Contains('&', StringComparison.Ordinal)
        ? WebUtility.HtmlDecode(Tag().Replace(text, string.Empty))
        : text;

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

    private sealed class RowData(DeliverableCode code, int line, ObjectiveHeading? heading)
    {
        public DeliverableCode Code { get; } = code;

        public int Line { get; } = line;

        public ObjectiveHeading? Heading { get; } = heading;

        public List<string> Commitment { get; } = [];

        public List<string> Summary { get; } = [];

        public string RagText { get; set; } = string.Empty;

        public int RagLine { get; set; } = line;

        public string TargetText { get; set; } = string.Empty;

        public int TargetLine { get; set; } = line;
    }

    private sealed class Placement
    {
        public List<string> Commitment { get; } = [];

        public List<string> Summary { get; } = [];

        public string Rag { get; set; } = string.Empty;

        public string Date { get; set; } = string.Empty;

        public List<(int Index, string Text)> Extra { get; } = [];

        public bool Realigned { get; set; }
    }

    private sealed record ObjectiveHeading(int Line, string Verbatim, int? Number, string Title, bool Rejoined);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<li[^>]*>(?<item>.*?)</li>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\s*(?<word>[A-Za-z0-9]+)\s*[:\-–.]?\s*(?<title>.+)$", RegexOptions.Singleline)]
    private static partial Regex NumberAndTitle();

    [GeneratedRegex(@"^(?<moved>[a-z][^.!?]*[.!?])\s+(?<rest>[A-Z].*)$", RegexOptions.Singleline)]
    private static partial Regex MisplacedPattern();
}
