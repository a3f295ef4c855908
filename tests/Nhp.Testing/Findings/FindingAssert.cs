using System.Globalization;
using System.Text;
using Nhp.Findings;

namespace Nhp.Testing.Findings;

/// <summary>
/// Assertions over findings (from any area's <c>Check</c>, an <c>ImportResult</c> or <see cref="FindingsJson.Read(string)"/>)
/// that fail with a message a reader can act on: what was expected, and every finding there was instead, one a line,
/// such as <c>expected rag.deadline.missed on 3.6, got 2 findings: error rag.update.stale on 3.4 …</c>.
/// </summary>
/// <remarks>A subject of null matches any subject. Rule ids and subjects are compared ordinally.</remarks>
public static class FindingAssert
{
    /// <summary>Asserts that a finding of the rule is there (on the subject, when one is given) and returns the first.</summary>
    /// <param name="findings">The findings.</param>
    /// <param name="ruleId">The rule id, such as <c>rag.deadline.missed</c>; use the area's constant.</param>
    /// <param name="subject">The subject, such as a deliverable code <c>3.6</c>; null for any.</param>
    /// <returns>The first matching finding, for further assertions on its message or location.</returns>
    /// <exception cref="FindingAssertionException">No finding matches.</exception>
    public static Finding Contains(IEnumerable<Finding> findings, string ruleId, string? subject = null)
    {
        var list = Materialise(findings);
        ArgumentException.ThrowIfNullOrEmpty(ruleId);
        return list.FirstOrDefault(f => Matches(f, ruleId, subject))
            ?? throw new FindingAssertionException($"expected {What(ruleId, subject)}, got {Got(list)}");
    }

    /// <summary>Asserts that a finding of the rule is there with the severity given.</summary>
    /// <param name="findings">The findings.</param>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="subject">The subject; null for any.</param>
    /// <param name="severity">The severity the finding must have.</param>
    /// <returns>The first matching finding.</returns>
    /// <exception cref="FindingAssertionException">No finding of the rule and subject, or none with that severity.</exception>
    public static Finding Contains(IEnumerable<Finding> findings, string ruleId, string? subject, Severity severity)
    {
        var list = Materialise(findings);
        _ = Contains(list, ruleId, subject);
        return list.FirstOrDefault(f => Matches(f, ruleId, subject) && f.Severity == severity)
            ?? throw new FindingAssertionException($"expected {What(ruleId, subject)} as {severity.ToText()}, got {Got(list)}");
    }

    /// <summary>Asserts that no finding of the rule is there (on the subject, when one is given).</summary>
    /// <param name="findings">The findings.</param>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="subject">The subject; null for any.</param>
    /// <exception cref="FindingAssertionException">A finding matches; the message lists those that do.</exception>
    public static void DoesNotContain(IEnumerable<Finding> findings, string ruleId, string? subject = null)
    {
        var list = Materialise(findings);
        ArgumentException.ThrowIfNullOrEmpty(ruleId);
        var matching = list.Where(f => Matches(f, ruleId, subject)).ToArray();
        if (matching.Length > 0)
        {
            throw new FindingAssertionException($"expected no {What(ruleId, subject)}, got {Got(matching)}");
        }
    }

    /// <summary>Asserts that there are no findings at all.</summary>
    /// <param name="findings">The findings.</param>
    /// <exception cref="FindingAssertionException">There is at least one; the message lists them.</exception>
    public static void Empty(IEnumerable<Finding> findings)
    {
        var list = Materialise(findings);
        if (list.Count > 0)
        {
            throw new FindingAssertionException($"expected no findings, got {Got(list)}");
        }
    }

    /// <summary>Asserts that no finding is an error (warnings and notes are allowed).</summary>
    /// <param name="findings">The findings.</param>
    /// <exception cref="FindingAssertionException">There is an error; the message lists the errors.</exception>
    public static void NoErrors(IEnumerable<Finding> findings)
    {
        var errors = Materialise(findings).Where(f => f.Severity == Severity.Error).ToArray();
        if (errors.Length > 0)
        {
            throw new FindingAssertionException($"expected no errors, got {Got(errors)}");
        }
    }

    /// <summary>
    /// Asserts that the findings are exactly those expected, as <c>ruleId</c> or <c>ruleId@subject</c> strings in any
    /// order (each expected string matches one finding).
    /// </summary>
    /// <param name="findings">The findings.</param>
    /// <param name="expected">The expected findings, such as <c>rag.deadline.missed@3.6</c>.</param>
    /// <exception cref="FindingAssertionException">A finding is missing or extra; the message names both lists.</exception>
    public static void Exactly(IEnumerable<Finding> findings, params string[] expected)
    {
        var list = Materialise(findings);
        ArgumentNullException.ThrowIfNull(expected);
        var left = list.ToList();
        var missing = new List<string>();
        foreach (var text in expected)
        {
            ArgumentException.ThrowIfNullOrEmpty(text, nameof(expected));
            var at = text.IndexOf('@', StringComparison.Ordinal);
            var (ruleId, subject) = at < 0 ? (text, (string?)null) : (text[..at], text[(at + 1)..]);
            var match = left.FindIndex(f => Matches(f, ruleId, subject));
            if (match < 0)
            {
                missing.Add(What(ruleId, subject));
            }
            else
            {
                left.RemoveAt(match);
            }
        }

        if (missing.Count > 0 || left.Count > 0)
        {
            var message = new StringBuilder();
            message.Append("expected exactly ").Append(expected.Length.ToString(CultureInfo.InvariantCulture)).Append(" finding(s)");
            if (missing.Count > 0)
            {
                message.Append("; missing ").AppendJoin(", ", missing);
            }

            if (left.Count > 0)
            {
                message.Append("; not expected ").Append(Got(left));
            }

            message.Append("; all findings: ").Append(Got(list));
            throw new FindingAssertionException(message.ToString());
        }
    }

    private static List<Finding> Materialise(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return [.. findings];
    }

    private static bool Matches(Finding finding, string ruleId, string? subject) =>
        string.Equals(finding.RuleId, ruleId, StringComparison.Ordinal)
        && (subject is null || string.Equals(finding.Subject, subject, StringComparison.Ordinal));

    private static string What(string ruleId, string? subject) => subject is null ? ruleId : $"{ruleId} on {subject}";

    private static string Got(IReadOnlyCollection<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return "no findings";
        }

        var text = new StringBuilder();
        text.Append(findings.Count.ToString(CultureInfo.InvariantCulture)).Append(findings.Count == 1 ? " finding:" : " findings:");
        foreach (var finding in findings)
        {
            text.Append("\n  ").Append(finding.Severity.ToText()).Append(' ').Append(finding.RuleId).Append(" on ").Append(finding.Subject);
            if (finding.Field is not null)
            {
                text.Append(" (").Append(finding.Field).Append(')');
            }

            if (finding.Location is { } location && location.ToString().Length > 0)
            {
                text.Append(" at ").Append(location);
            }

            text.Append(": ").Append(finding.Message.ReplaceLineEndings(" "));
        }

        return text.ToString();
    }
}
