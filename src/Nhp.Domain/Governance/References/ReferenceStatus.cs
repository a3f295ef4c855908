using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Nhp.Governance.References;

/// <summary>
/// A reference's status as written (<c>In Progress-target date set for April/May.</c>) and as understood: complete, in
/// progress or not understood, with the target date where one is given (the end of the last month named) and the rest
/// of the text as a note. Immutable; equality is by value.
/// </summary>
public sealed partial record ReferenceStatus
{
    private static readonly string[] Months = [.. Enumerable.Range(1, 12).Select(m => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m))];

    /// <summary>The status as written.</summary>
    public required string Text { get; init; }

    /// <summary>What the text is understood to say.</summary>
    public ReferenceState State { get; init; }

    /// <summary>The words after the state (<c>This is on the agenda.</c>), or null.</summary>
    public string? Note { get; init; }

    /// <summary>The target as written (<c>April/May</c>), or null.</summary>
    public string? TargetText { get; init; }

    /// <summary>The target date: the last day of the last month the target names, or null.</summary>
    public LocalDate? Target { get; init; }

    /// <summary>Whether the target names no year, so one was assumed: the first such month on or after the list's date.</summary>
    public bool TargetYearAssumed { get; init; }

    /// <summary>
    /// Understands a status text: <c>Complete</c> (or done, closed, discharged) and <c>In Progress</c> (or ongoing, open),
    /// either followed by a note after a dash or colon; a target in the note ("target date set for April/May",
    /// "target: June 2024", "by March 2025") gives <see cref="Target"/>.
    /// </summary>
    /// <param name="text">The status as written.</param>
    /// <param name="asOf">The date of the list, for a target month written without a year.</param>
    /// <returns>The status; <see cref="ReferenceState.NotUnderstood"/> when the text says neither.</returns>
    public static ReferenceStatus Parse(string text, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var match = Lead().Match(trimmed);
        if (!match.Success)
        {
            return new ReferenceStatus { Text = text, Note = trimmed.Length == 0 ? null : trimmed };
        }

        var word = match.Groups[1].Value.ToLowerInvariant();
        var state = word.StartsWith("complete", StringComparison.Ordinal) || word is "done" or "closed" or "discharged" ? ReferenceState.Complete : ReferenceState.InProgress;
        var note = trimmed[match.Length..].Trim();
        var status = new ReferenceStatus { Text = text, State = state, Note = note.Length == 0 ? null : note };
        if (TargetPhrase().Match(note) is { Success: true } target)
        {
            var targetText = target.Groups[1].Value.Trim().TrimEnd('.');
            var months = Months.Select((name, i) => (name, i + 1)).Where(m => targetText.Contains(m.name, StringComparison.OrdinalIgnoreCase)).Select(m => m.Item2).ToArray();
            if (months.Length > 0)
            {
                var last = months.Max();
                var year = YearIn().Match(targetText) is { Success: true } y ? int.Parse(y.Value, CultureInfo.InvariantCulture) : (int?)null;
                var assumed = year is null;
                var month = new YearMonth(year ?? asOf.Year, last);
                if (assumed && month < new YearMonth(asOf.Year, asOf.Month))
                {
                    month = month.PlusMonths(12);
                }

                status = status with { TargetText = targetText, Target = month.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1), TargetYearAssumed = assumed };
            }
            else
            {
                status = status with { TargetText = targetText };
            }
        }

        return status;
    }

    [GeneratedRegex(@"^(complete[d]?|done|closed|discharged|in[\s-]*progress|ongoing|open)\b\s*[-–:.,]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    [GeneratedRegex(@"(?:target(?:\s+date)?(?:\s+set)?(?:\s+for)?\s*:?|\bby)\s+(.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TargetPhrase();

    [GeneratedRegex(@"\b(19|20)\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearIn();
}
