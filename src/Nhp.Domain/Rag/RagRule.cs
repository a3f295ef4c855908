using System.Globalization;
using System.Text;
using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Rules;
using Nhp.Text;
using NodaTime;

namespace Nhp.Rag;

/// <summary>
/// One RAG rule: a <see cref="Rule{TInput}"/> over a deliverable at an as-of date, with the RAG the rule says the
/// deliverable should have when it holds (<see cref="Expected"/>) and a plain-English explanation template.
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
/// <para>Built-in rules come from <see cref="RagRules"/>; a caller's own rule needs only the public constructor, or
/// a subclass that overrides <see cref="Holds"/>. Immutable and thread-safe if the condition is.</para>
/// </remarks>
public class RagRule : Rule<RagCheck>
{
    private static readonly string[] Placeholders = ["code", "reported", "expected", "target", "deadline", "review", "asOf", "updated"];

    private readonly Func<RagSubject, LocalDate, bool>? condition;
    private string template;

    /// <summary>Creates a rule from a condition.</summary>
    /// <param name="id">The stable id, e.g. <c>rag.deadline.missed</c>; lower case, dotted, no spaces.</param>
    /// <param name="title">A short title a committee member would understand, e.g. <c>Deadline missed</c>.</param>
    /// <param name="severity">How much a finding of this rule matters.</param>
    /// <param name="template">The explanation template (see the remarks for placeholders).</param>
    /// <param name="condition">Whether the rule finds something for a deliverable at an as-of date.</param>
    /// <param name="expected">The RAG the deliverable should have when the rule holds, or null when the rule does not say.</param>
    /// <param name="explanation">What the rule checks and why, for lists of rules; null to use the template.</param>
    /// <exception cref="ArgumentException">The id is not a rule id, the title or template is blank, or the template uses an unknown placeholder.</exception>
    public RagRule(string id, string title, Severity severity, string template, Func<RagSubject, LocalDate, bool> condition, RagStatus? expected = null, string? explanation = null)
        : this(new RuleDescriptor(id, RagRules.Area, severity, title, string.IsNullOrWhiteSpace(explanation) ? template : explanation), template, expected)
    {
        ArgumentNullException.ThrowIfNull(condition);
        this.condition = condition;
    }

    /// <summary>Creates a rule whose condition is <see cref="Holds"/>, which the subclass overrides.</summary>
    /// <param name="descriptor">What the rule is.</param>
    /// <param name="template">The explanation template (see the remarks for placeholders).</param>
    /// <param name="expected">The RAG the deliverable should have when the rule holds, or null when the rule does not say.</param>
    /// <exception cref="ArgumentException">The template is blank or uses an unknown placeholder.</exception>
    protected RagRule(RuleDescriptor descriptor, string template, RagStatus? expected)
        : base(descriptor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(template);
        CheckTemplate(template);
        this.template = template;
        Expected = expected;
    }

    /// <summary>The short title.</summary>
    public string Title => Descriptor.Title;

    /// <summary>The explanation template.</summary>
    public string Template => template;

    /// <summary>The RAG a deliverable should have when the rule holds; null when the rule does not say.</summary>
    public RagStatus? Expected { get; }

    /// <summary>The same rule with another severity (retuning a built-in rule).</summary>
    /// <param name="severity">The new severity.</param>
    /// <returns>A new rule with the same id.</returns>
    public new RagRule WithSeverity(Severity severity) => (RagRule)base.WithSeverity(severity);

    /// <summary>The same rule with another explanation template (for a force's own wording).</summary>
    /// <param name="template">The new template.</param>
    /// <returns>A new rule with the same id.</returns>
    /// <exception cref="ArgumentException">The template is blank or uses an unknown placeholder.</exception>
    public RagRule WithTemplate(string template)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(template);
        CheckTemplate(template);
        var copy = (RagRule)MemberwiseClone();
        copy.template = template;
        return copy;
    }

    /// <summary>Judges one deliverable at an as-of date.</summary>
    /// <param name="subject">The deliverable.</param>
    /// <param name="asOf">The date to judge at.</param>
    /// <returns>The finding, or null when the rule does not hold.</returns>
    public RagFinding? Evaluate(RagSubject subject, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (!Holds(subject, asOf))
        {
            return null;
        }

        var expected = Expected ?? subject.Reported;
        var message = string.Create(CultureInfo.InvariantCulture, $"{Title} (as at {Wording.Date(asOf)}): {Fill(subject, asOf, expected)}");
        return new RagFinding(Found(subject.Subject, "rag", message), subject.Reported, expected, asOf);
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(RagCheck input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Evaluate(input.Subject, input.AsOf) is { } finding ? [finding.Finding] : [];
    }

    /// <summary>Whether the rule finds something for <paramref name="subject"/> at <paramref name="asOf"/>.</summary>
    /// <param name="subject">The deliverable.</param>
    /// <param name="asOf">The date to judge at.</param>
    /// <returns><see langword="true"/> when the rule holds.</returns>
    /// <exception cref="InvalidOperationException">A subclass made with the protected constructor does not override this method.</exception>
    protected virtual bool Holds(RagSubject subject, LocalDate asOf) =>
        condition is null
            ? throw new InvalidOperationException($"The RAG rule '{Id}' has no condition; override {nameof(Holds)}.")
            : condition(subject, asOf);

    private string Fill(RagSubject subject, LocalDate asOf, RagStatus expected)
    {
        var text = new StringBuilder(template);
        text.Replace("{code}", subject.Subject)
            .Replace("{reported}", RagKey.Word(subject.Reported))
            .Replace("{expected}", RagKey.Word(expected))
            .Replace("{target}", subject.Target.Text.Length == 0 ? "no target" : subject.Target.Text)
            .Replace("{deadline}", Wording.Date(subject.Target.Deadline))
            .Replace("{review}", Wording.Date(subject.Target.ReviewDate))
            .Replace("{asOf}", Wording.Date(asOf))
            .Replace("{updated}", Wording.Date(subject.UpdatedOn));
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
