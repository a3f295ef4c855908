using Nhp.Findings;

namespace Nhp.Rules;

/// <summary>
/// What a rule is, as data: its stable id, the part of the domain it belongs to, the severity of its findings, a
/// short title and a paragraph that explains what it checks and why. Every check Nhp ships (validation, RAG rules,
/// import diagnostics, crime data integrity, engagement) has one, and <see cref="RuleCatalog"/> lists them all.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Two descriptors are equal when every property is equal. Ids are lower case, dotted,
/// with no spaces (<c>rag.deadline.missed</c>); they never change once published, so tools may store them.
/// </remarks>
public sealed record RuleDescriptor
{
    /// <summary>Creates a descriptor, checking that every part is given and the id has the documented form.</summary>
    /// <param name="id">The stable id: lower case letters, digits, <c>.</c> and <c>-</c>, with at least one dot.</param>
    /// <param name="area">The part of the domain, lower case (for example <c>delivery</c>, <c>rag</c>, <c>integrity</c>).</param>
    /// <param name="severity">The severity of the rule's findings.</param>
    /// <param name="title">A short title, a few words, for lists.</param>
    /// <param name="explanation">A paragraph for the documentation: what the rule checks and why it matters.</param>
    /// <exception cref="ArgumentException">A part is empty, or the id or area is not in the documented form.</exception>
    public RuleDescriptor(string id, string area, Severity severity, string title, string explanation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(area);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(explanation);
        if (!IsValidId(id))
        {
            throw new ArgumentException(
                $"The rule id '{id}' must be lower case letters, digits, '.' and '-', with at least one '.', like 'rag.deadline.missed'.",
                nameof(id));
        }

        if (!area.All(c => c is (>= 'a' and <= 'z') or '-'))
        {
            throw new ArgumentException($"The area '{area}' must be lower case letters and '-', like 'delivery'.", nameof(area));
        }

        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, "The severity must be Info, Warning or Error.");
        }

        Id = id;
        Area = area;
        Severity = severity;
        Title = title;
        Explanation = explanation;
    }

    /// <summary>The stable id, which every finding of the rule carries as <see cref="Finding.RuleId"/>.</summary>
    public string Id { get; }

    /// <summary>The part of the domain the rule belongs to, lower case (<c>delivery</c>, <c>rag</c>, …).</summary>
    public string Area { get; }

    /// <summary>The severity of the rule's findings.</summary>
    public Severity Severity { get; }

    /// <summary>A short title for lists.</summary>
    public string Title { get; }

    /// <summary>A paragraph that says what the rule checks and why.</summary>
    public string Explanation { get; }

    /// <summary>Whether <paramref name="id"/> has the form of a rule id: lower case letters, digits, '.' and '-', with at least one '.'.</summary>
    /// <param name="id">The text to test; null is not an id.</param>
    /// <returns><see langword="true"/> when the text can be a rule id.</returns>
    public static bool IsValidId(string? id) =>
        !string.IsNullOrEmpty(id)
        && id.Contains('.', StringComparison.Ordinal)
        && id[0] is >= 'a' and <= 'z'
        && id[^1] is not ('.' or '-')
        && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-')
        && !id.Contains("..", StringComparison.Ordinal);

    /// <summary>The same rule with another severity.</summary>
    /// <param name="severity">The new severity.</param>
    /// <returns>A descriptor that differs only in <see cref="Severity"/>.</returns>
    public RuleDescriptor WithSeverity(Severity severity) =>
        new(Id, Area, severity, Title, Explanation);

    /// <summary>A finding of this rule, with the rule's id and severity.</summary>
    /// <param name="subject">What the finding is about, as a committee member would name it (for example deliverable <c>3.6</c>).</param>
    /// <param name="field">The field concerned, when there is one.</param>
    /// <param name="message">A sentence a committee member would understand.</param>
    /// <param name="location">Where in the input, when known.</param>
    /// <returns>The finding.</returns>
    public Finding Finding(string subject, string? field, string message, SourceLocation? location = null) =>
        new(Id, Severity, subject, field, message, location);

    /// <summary>The id and title, for logs: <c>rag.deadline.missed (Deadline missed)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} ({Title})";
}
