using System.Globalization;
using System.Text.RegularExpressions;
using Nhp.Text;
using NodaTime;

namespace Nhp.Delivery;

/// <summary>
/// A header row of a plan table, recognised by meaning: its cells, joined and compared letter by letter with edit
/// distance, are mostly words that name the plan's columns (code, commitment, summary, RAG, date, in any order and
/// wording), so a header split at any point or damaged by OCR (<c>DEL	VERABLE</c>, <c>DELI	/ /ERABLE</c>) is still
/// one. Immutable.
/// </summary>
internal sealed partial class TableHeader
{
    private const int MaxLetters = 160;
    private const int MaxWordsInCell = 8;

    private static readonly (string Phrase, ColumnRole Role)[] Vocabulary = [.. new (string, ColumnRole)[]
    {
        ("DELIVERABLE", ColumnRole.Deliverable), ("DELIVERABLES", ColumnRole.Deliverable),
        ("REF", ColumnRole.Code), ("REFERENCE", ColumnRole.Code), ("CODE", ColumnRole.Code), ("NO", ColumnRole.Code),
        ("NUMBER", ColumnRole.Code), ("ID", ColumnRole.Code), ("ITEM", ColumnRole.Code),
        ("COMMITMENT", ColumnRole.Commitment), ("COMMITMENTS", ColumnRole.Commitment), ("ACTION", ColumnRole.Commitment),
        ("ACTIONS", ColumnRole.Commitment), ("DESCRIPTION", ColumnRole.Commitment), ("WEWILL", ColumnRole.Commitment),
        ("TASK", ColumnRole.Commitment), ("MILESTONE", ColumnRole.Commitment), ("ACTIVITY", ColumnRole.Commitment),
        ("SUMMARYPOSITION", ColumnRole.Summary), ("SUMMARY", ColumnRole.Summary), ("POSITION", ColumnRole.Summary),
        ("UPDATE", ColumnRole.Summary), ("PROGRESSUPDATE", ColumnRole.Summary), ("STATUSUPDATE", ColumnRole.Summary),
        ("CURRENTPOSITION", ColumnRole.Summary), ("COMMENTARY", ColumnRole.Summary), ("COMMENTS", ColumnRole.Summary),
        ("NARRATIVE", ColumnRole.Summary), ("LATESTUPDATE", ColumnRole.Summary),
        ("PROGRESS", ColumnRole.Rag), ("RAG", ColumnRole.Rag), ("RAGSTATUS", ColumnRole.Rag), ("RAGRATING", ColumnRole.Rag),
        ("STATUS", ColumnRole.Rag), ("RATING", ColumnRole.Rag),
        ("DATE", ColumnRole.Date), ("TARGETDATE", ColumnRole.Date), ("DUEDATE", ColumnRole.Date), ("DUE", ColumnRole.Date),
        ("DEADLINE", ColumnRole.Date), ("TIMESCALE", ColumnRole.Date), ("TIMESCALES", ColumnRole.Date), ("TARGET", ColumnRole.Date),
        ("COMPLETIONDATE", ColumnRole.Date), ("TIMELINE", ColumnRole.Date), ("BY", ColumnRole.Date),
        ("OBJECTIVE", ColumnRole.Objective), ("STRATEGICOBJECTIVE", ColumnRole.Objective), ("THEME", ColumnRole.Objective),
        ("OWNER", ColumnRole.Other), ("LEAD", ColumnRole.Other), ("RESPONSIBLE", ColumnRole.Other), ("NOTES", ColumnRole.Other),
    }.Select(v => (FuzzyText.Letters(v.Item1), v.Item2))];

    private TableHeader(string text, TableLayout? layout, string? periodText, YearMonth? period)
    {
        Text = text;
        Layout = layout;
        PeriodText = periodText;
        Period = period;
    }

    /// <summary>The header's cells joined by spaces, for messages.</summary>
    public string Text { get; }

    /// <summary>The columns the header names, cell by cell; null when its cells do not map one to one (a header re-split by the export).</summary>
    public TableLayout? Layout { get; }

    /// <summary>The period as written (<c>JANUARY 2024</c>), when the header names one; null otherwise.</summary>
    public string? PeriodText { get; }

    /// <summary>The period, when <see cref="PeriodText"/> reads as a month and year.</summary>
    public YearMonth? Period { get; }

    /// <summary>Reads a row as a header, if its words are mostly column names.</summary>
    /// <param name="cells">The row's cells.</param>
    /// <returns>The header, or null when the row is not one.</returns>
    public static TableHeader? TryRead(IReadOnlyList<string> cells)
    {
        if (cells.Count == 0 || cells.Any(c => WordCount(c) > MaxWordsInCell))
        {
            return null;
        }

        string? periodText = null;
        YearMonth? period = null;
        var stripped = new string[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (periodText is null && FindPeriod(cell) is { } found)
            {
                periodText = found.Text;
                period = found.Period;
                cell = cell.Remove(found.Index, found.Length);
            }

            stripped[i] = Bracketed().Replace(cell, " ");
        }

        var joined = new System.Text.StringBuilder();
        var cellOf = new List<int>();
        for (var i = 0; i < stripped.Length; i++)
        {
            var letters = FuzzyText.Letters(stripped[i]);
            joined.Append(letters);
            cellOf.AddRange(Enumerable.Repeat(i, letters.Length));
        }

        var text = joined.ToString();
        if (text.Length == 0 || text.Length > MaxLetters)
        {
            return null;
        }

        var chosen = Cover(text);
        var covered = chosen.Sum(m => m.End - m.Start);
        var roles = chosen.Select(m => m.Role).Where(r => r is not ColumnRole.Other).Distinct().Count();
        var firstCellFilled = cells[0].Trim().Length > 0;
        var isHeader = covered >= 0.75 * text.Length && (roles >= 3 || (roles == 2 && firstCellFilled && covered >= 0.9 * text.Length));
        if (!isHeader)
        {
            return null;
        }

        var layout = LayoutOf(cells, stripped, chosen, cellOf);
        return new TableHeader(string.Join(" ", cells.Where(c => c.Trim().Length > 0).Select(c => c.Trim())), layout, periodText, period);
    }

    /// <summary>Finds a month and year in a text: <c>(JANUARY 2024)</c> first, else a month name followed by a year; letters misread by OCR are allowed.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Where the period is, as written, and the month when it reads as one (null when the word is not a month).</returns>
    public static (int Index, int Length, string Text, YearMonth? Period)? FindPeriod(string text)
    {
        foreach (var pattern in new[] { BracketedPeriod(), PlainPeriod() })
        {
            foreach (Match match in pattern.Matches(text))
            {
                var year = ReadYear(match.Groups["year"].Value);
                var month = ReadMonth(match.Groups["month"].Value);
                if (year is null || (month is null && pattern != BracketedPeriod()))
                {
                    continue;
                }

                var written = match.Groups["month"].Value + " " + match.Groups["year"].Value;
                return (match.Index, match.Length, written, month is { } m ? new YearMonth(year.Value, m) : null);
            }
        }

        return null;
    }

    private static int? ReadYear(string text)
    {
        var digits = string.Concat(text.Select(c => c switch { 'O' or 'o' => '0', 'l' or 'I' or '|' => '1', _ => c }));
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2999 ? year : null;
    }

    private static int? ReadMonth(string word)
    {
        var names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        for (var i = 0; i < 12; i++)
        {
            if (FuzzyText.SameWord(word, names[i]) || (word.TrimEnd('.').Length == 3 && FuzzyText.Letters(word.TrimEnd('.')) == FuzzyText.Letters(names[i][..3])))
            {
                return i + 1;
            }
        }

        return null;
    }

    // The words of a cell (runs of non-white-space characters), counted without splitting it.
    private static int WordCount(string cell)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in cell)
        {
            var white = char.IsWhiteSpace(c);
            count += !white && !inWord ? 1 : 0;
            inWord = !white;
        }

        return count;
    }

    // The column names that cover most of the letters, none overlapping (weighted interval scheduling).
    private static List<(int Start, int End, ColumnRole Role)> Cover(string text)
    {
        var byEnd = new List<(int Start, int End, ColumnRole Role, int Weight)>[text.Length + 1];
        foreach (var (phrase, role) in Vocabulary)
        {
            foreach (var (start, end, edits) in FuzzyText.Find(text, phrase, FuzzyText.Tolerance(phrase.Length)))
            {
                // A short name (NO, ID, BY) only counts as a whole cell's word, never inside a longer one.
                if (phrase.Length <= 3 && edits > 0)
                {
                    continue;
                }

                // One long name beats two short ones over the same letters (PROGRESS UPDATE is a summary, not a RAG and an update).
                (byEnd[end] ??= []).Add((start, end, role, (2 * (end - start)) - (4 * edits) - 1));
            }
        }

        var best = new int[text.Length + 1];
        var choice = new (int Start, int End, ColumnRole Role)?[text.Length + 1];
        for (var position = 1; position <= text.Length; position++)
        {
            best[position] = best[position - 1];
            foreach (var (start, end, role, weight) in byEnd[position] ?? [])
            {
                if (weight > 0 && best[start] + weight > best[position])
                {
                    best[position] = best[start] + weight;
                    choice[position] = (start, end, role);
                }
            }
        }

        var chosen = new List<(int, int, ColumnRole)>();
        for (var position = text.Length; position > 0;)
        {
            if (choice[position] is { } match && best[position] != best[position - 1])
            {
                chosen.Add(match);
                position = match.Start;
            }
            else
            {
                position--;
            }
        }

        chosen.Reverse();
        return chosen;
    }

    private static TableLayout? LayoutOf(IReadOnlyList<string> cells, string[] stripped, List<(int Start, int End, ColumnRole Role)> chosen, List<int> cellOf)
    {
        var roles = new ColumnRole[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            roles[i] = stripped[i].Trim().Length == 0 ? ColumnRole.None : ColumnRole.Other;
        }

        var assigned = new bool[cells.Count];
        foreach (var (start, end, role) in chosen)
        {
            var first = cellOf[start];
            var last = cellOf[end - 1];
            if (first == last)
            {
                if (!assigned[first])
                {
                    roles[first] = role;
                    assigned[first] = true;
                }
                else if (roles[first] != role)
                {
                    // Two names in one cell ("DELIVERABLE SUMMARY"): the export merged headings, so cells are not columns.
                    return null;
                }
            }
            else if (role is ColumnRole.Deliverable && last == first + 1 && !assigned[first] && !assigned[last])
            {
                // DELI | VERABLE: the heading of the code and commitment columns, printed across both.
                roles[first] = ColumnRole.Code;
                roles[last] = ColumnRole.Commitment;
                assigned[first] = assigned[last] = true;
            }
            else
            {
                return null;
            }
        }

        for (var i = 0; i + 1 < roles.Length; i++)
        {
            // A merged heading over two columns: the text in the first cell, the second empty.
            if (roles[i] is ColumnRole.Deliverable && roles[i + 1] is ColumnRole.None && !roles.Contains(ColumnRole.Commitment) && !roles.Contains(ColumnRole.Code))
            {
                roles[i] = ColumnRole.Code;
                roles[i + 1] = ColumnRole.Commitment;
            }
        }

        for (var i = 0; i < roles.Length; i++)
        {
            if (roles[i] is ColumnRole.Deliverable)
            {
                if (!roles.Contains(ColumnRole.Code) && !roles.Contains(ColumnRole.Commitment))
                {
                    // One DELIVERABLE heading over the code and the commitment: the columns under it are not known.
                    return null;
                }

                roles[i] = roles.Contains(ColumnRole.Code) ? ColumnRole.Commitment : ColumnRole.Code;
            }
        }

        var seen = new HashSet<ColumnRole>();
        for (var i = 0; i < roles.Length; i++)
        {
            if (roles[i] is not (ColumnRole.None or ColumnRole.Other) && !seen.Add(roles[i]))
            {
                roles[i] = ColumnRole.Other;
            }
        }

        return roles.Contains(ColumnRole.Code) && (roles.Contains(ColumnRole.Rag) || roles.Contains(ColumnRole.Date) || roles.Contains(ColumnRole.Summary))
            ? new TableLayout(roles)
            : null;
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\(\s*(?<month>\p{L}+)\.?\s+(?<year>[0-9OolI|]{4})\s*\)")]
    private static partial Regex BracketedPeriod();

    [GeneratedRegex(@"\b(?<month>\p{L}{3,})\.?\s+(?<year>[0-9OolI|]{4})\b")]
    private static partial Regex PlainPeriod();
}
