using System.Globalization;
using System.Text;
using Nhp.Delivery;
using Nhp.Findings;
using NodaTime;

namespace Nhp.Rag;

/// <summary>
/// One RAG rule: a stable id, a title, a severity, a condition on a deliverable at an as-of date, the RAG the rule
/// says the deliverable should have when it holds, and a plain-English explanation template.
/// </summary>
/// <remarks>
/// <para>
/// The template may use these placeholders, filled in when a finding is made: <c>{code}</c> (the deliverable),
/// <c>{reported}</c> and <c>{expected}</c> (RAG words), <c>{target}</c> (the target as written), <c>{deadline}</c>
/// and <c>{review}</c> (the target's deadline and review date), <c>{asOf}</c> (the as-of date) and <c>{updated}</c>
/// (the date of the status update). Dates are written <c>1 April 2024</c>. Any other <c>{name}</c> is refused when the
/// rule is created. The finding's message is the rule's title, the as-of date and the filled-in template, so every
/// message names the rule, the deliverable and the date it was judged at.
/// </para>
/// <para>Built-in rules come from <see cref="RagRules"/>; a caller's own rule needs only the constructor.
/// Immutable and thread-safe if the condition is.</para>
/// </remarks>
public sealed class RagRule
{
    private static readonly string[] Placeholders = ["code", "reported", "expected", "target", "deadline", "review", "asOf", "updated"];

    private readonly Func<RagSubject, LocalDate, bool> condition;

    /// <summary>Creates a rule.</summary>
    /// <param name="id">The stable id, e.g. <c>rag.deadline.missed</c>; lower case, no spaces.</param>
    /// <param name="title">A short title a committee member would understand, e.g. <c>Deadline missed</c>.</param>
    /// <param name="severity">How much a finding of this rule matters.</param>
    /// <param name="template">The explanation template (see the remarks for placeholders).</param>
    /// <param name="condition">Whether the rule finds something for a deliverable at an as-of date.</param>
    /// <param name="expected">The RAG the deliverable should have when the rule holds, or null when the rule does not say.</param>
    /// <exception cref="ArgumentException">The id is blank or has white space or upper case, the title or template is blank, or the template uses an unknown placeholder.</exception>
    public RagRule(string id, string title, Severity severity, string template, Func<RagSubject, LocalDate, bool> condition, RagStatus? expected = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(template);
        ArgumentNullException.ThrowIfNull(condition);
        if (id.Any(c => char.IsWhiteSpace(c) || char.IsUpper(c)))
        {
            throw new ArgumentException($"The rule id '{id}' must be lower case with no spaces, like 'rag.deadline.missed'.", nameof(id));
        }

        CheckTemplate(template);
        Id = id;
        Title = title;
        Severity = severity;
        Template = template;
        this.condition = condition;
        Expected = expected;
    }

    /// <summary>The stable id; findings carry it as <see cref="Finding.RuleId"/>.</summary>
    public string Id { get; }

    /// <summary>The short title.</summary>
    public string Title { get; }

    /// <summary>The severity of the rule's findings.</summary>
    public Severity Severity { get; }

    /// <summary>The explanation template.</summary>
    public string Template { get; }

    /// <summary>The RAG a deliverable should have when the rule holds; null when the rule does not say.</summary>
    public RagStatus? Expected { get; }

    /// <summary>The same rule with another severity (retuning a built-in rule).</summary>
    /// <param name="severity">The new severity.</param>
    /// <returns>A new rule with the same id.</returns>
    public RagRule WithSeverity(Severity severity) => new(Id, Title, severity, Template, condition, Expected);

    /// <summary>The same rule with another explanation (for a force's own wording).</summary>
    /// <param name="template">The new template.</param>
    /// <returns>A new rule with the same id.</returns>
    /// <exception cref="ArgumentException">The template is blank or uses an unknown placeholder.</exception>
    public RagRule WithTemplate(string template) => new(Id, Title, Severity, template, condition, Expected);

    /// <summary>Judges one deliverable at an as-of date.</summary>
    /// <param name="subject">The deliverable.</param>
    /// <param name="asOf">The date to judge at.</param>
    /// <returns>The finding, or null when the rule does not hold.</returns>
    public RagFinding? Evaluate(RagSubject subject, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (!condition(subject, asOf))
        {
            return null;
        }

        var expected = Expected ?? subject.Reported;
        var message = string.Create(CultureInfo.InvariantCulture, $"{Title} (as at {RagText.Date(asOf)}): {Fill(subject, asOf, expected)}");
        var finding = new Finding(Id, Severity, subject.Subject, "rag", message);
        return new RagFinding(finding, subject.Reported, expected, asOf);
    }

    /// <summary>The rule's id and title.</summary>
    /// <returns><c>rag.deadline.missed (Deadline missed)</c>.</returns>
    public override string ToString() => $"{Id} ({Title})";

    private string Fill(RagSubject subject, LocalDate asOf, RagStatus expected)
    {
        var text = new StringBuilder(Template);
        text.Replace("{code}", subject.Subject)
            .Replace("{reported}", RagKey.Word(subject.Reported))
            .Replace("{expected}", RagKey.Word(expected))
            .Replace("{target}", subject.Target.Text.Length == 0 ? "no target" : subject.Target.Text)
            .Replace("{deadline}", RagText.Date(subject.Target.Deadline))
            .Replace("{review}", RagText.Date(subject.Target.ReviewDate))
            .Replace("{asOf}", RagText.Date(asOf))
            .Replace("{updated}", RagText.Date(subject.UpdatedOn));
        return text.ToString();
    }

    private static void CheckTemplate(string template)
    {
        var start = template.IndexOf('{', StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = template.IndexOf('}', start);
            var name = end < 0 ? template[start..] : template[(start + 1)..end];
            if (end < 0 || !Placeholders.Contains(name, StringComparer.Ordinal))
            {
                throw new ArgumentException(
                    $"The template uses '{{{name}}}', which is not a placeholder; use {string.Join(", ", Placeholders.Select(p => "{" + p + "}"))}.",
                    nameof(template));
            }

            start = template.IndexOf('{', end);
        }
    }
}
