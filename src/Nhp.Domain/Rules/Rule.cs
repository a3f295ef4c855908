using Nhp.Findings;

namespace Nhp.Rules;

/// <summary>
/// One check of an input of type <typeparamref name="TInput"/>: a <see cref="RuleDescriptor"/> that says what it is,
/// and <see cref="Check"/>, which returns the findings. Derive from it to write a rule of your own and add it to a
/// <see cref="RuleSet{TInput}"/> with <see cref="RuleSet{TInput}.With"/>.
/// </summary>
/// <typeparam name="TInput">What the rule checks: a plan, a review, an engagement file, a RAG subject at a date.</typeparam>
/// <remarks>
/// A rule holds no state that changes: <see cref="Check"/> must be a pure function of its input, safe to call from
/// several threads. Findings it returns carry <see cref="Id"/> and <see cref="Severity"/>; use
/// <see cref="Found(string, string?, string, SourceLocation?)"/> to make them.
/// </remarks>
public abstract class Rule<TInput>
{
    private RuleDescriptor descriptor;

    /// <summary>Creates the rule.</summary>
    /// <param name="descriptor">What the rule is.</param>
    protected Rule(RuleDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        this.descriptor = descriptor;
    }

    /// <summary>What the rule is: id, area, severity, title and explanation.</summary>
    public RuleDescriptor Descriptor => descriptor;

    /// <summary>The rule's stable id.</summary>
    public string Id => descriptor.Id;

    /// <summary>The severity of the rule's findings.</summary>
    public Severity Severity => descriptor.Severity;

    /// <summary>The findings of this rule for <paramref name="input"/>; empty when the input passes.</summary>
    /// <param name="input">What to check; never null.</param>
    /// <returns>The findings, in a stable order.</returns>
    public abstract IEnumerable<Finding> Check(TInput input);

    /// <summary>The same rule with another severity; the rule itself is unchanged.</summary>
    /// <param name="severity">The new severity.</param>
    /// <returns>A copy of the rule whose findings have <paramref name="severity"/>.</returns>
    public Rule<TInput> WithSeverity(Severity severity)
    {
        var copy = (Rule<TInput>)MemberwiseClone();
        copy.descriptor = descriptor.WithSeverity(severity);
        return copy;
    }

    /// <summary>A finding of this rule, with its id and current severity.</summary>
    /// <param name="subject">What the finding is about (for example deliverable <c>3.6</c>).</param>
    /// <param name="field">The field concerned, when there is one.</param>
    /// <param name="message">A sentence a committee member would understand.</param>
    /// <param name="location">Where in the input, when known.</param>
    /// <returns>The finding.</returns>
    protected Finding Found(string subject, string? field, string message, SourceLocation? location = null) =>
        descriptor.Finding(subject, field, message, location);

    /// <summary>
    /// A finding of this rule that matters less than the rule's usual findings (for example a notice where the rule
    /// usually warns). Its severity is <paramref name="severity"/>, but never more than the rule's current severity,
    /// so lowering the rule with <see cref="WithSeverity"/> lowers these findings too.
    /// </summary>
    /// <param name="severity">The severity of this finding.</param>
    /// <param name="subject">What the finding is about.</param>
    /// <param name="field">The field concerned, when there is one.</param>
    /// <param name="message">A sentence a committee member would understand.</param>
    /// <param name="location">Where in the input, when known.</param>
    /// <returns>The finding.</returns>
    protected Finding FoundAt(Severity severity, string subject, string? field, string message, SourceLocation? location = null) =>
        new(Id, severity < Severity ? severity : Severity, subject, field, message, location);

    /// <summary>The id and title.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => descriptor.ToString();
}
