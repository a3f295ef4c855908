using FluentValidation;
using Severity = Nhp.Findings.Severity;
using Nhp.Findings;

namespace Nhp.Rules;

/// <summary>
/// An ordered set of rules over one kind of input, with unique ids. A caller tailors a set without touching the
/// library: <see cref="Without"/> removes a rule, <see cref="WithSeverity"/> changes one's severity, and
/// <see cref="With"/> adds or replaces one. <see cref="Check"/> runs every rule.
/// </summary>
/// <typeparam name="TInput">What the rules check.</typeparam>
/// <remarks>Immutable and thread-safe: every change returns a new set.</remarks>
public sealed class RuleSet<TInput>
{
    /// <summary>Creates a set from <paramref name="rules"/>, in their order.</summary>
    /// <param name="name">What the set checks, for messages (for example <c>delivery plan validation</c>).</param>
    /// <param name="rules">The rules; ids must be unique.</param>
    /// <exception cref="ArgumentException">Two rules share an id, or the name is empty.</exception>
    public RuleSet(string name, IEnumerable<Rule<TInput>> rules)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(rules);
        var list = rules.ToArray();
        if (list.Any(r => r is null))
        {
            throw new ArgumentException("A rule set cannot hold a null rule.", nameof(rules));
        }

        var duplicate = list.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two rules in {name} have the id '{duplicate.Key}'; ids must be unique.", nameof(rules));
        }

        Name = name;
        Rules = list;
    }

    /// <summary>What the set checks, for messages.</summary>
    public string Name { get; }

    /// <summary>The rules, in the order they run.</summary>
    public IReadOnlyList<Rule<TInput>> Rules { get; }

    /// <summary>The descriptors of the rules, in order, with any severity changed by <see cref="WithSeverity"/>.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors => [.. Rules.Select(r => r.Descriptor)];

    /// <summary>The rule with id <paramref name="ruleId"/>, or null when the set has none.</summary>
    /// <param name="ruleId">The id.</param>
    /// <returns>The rule or null.</returns>
    public Rule<TInput>? Find(string ruleId) => Rules.FirstOrDefault(r => string.Equals(r.Id, ruleId, StringComparison.Ordinal));

    /// <summary>The set without the rule <paramref name="ruleId"/>.</summary>
    /// <param name="ruleId">The id of a rule in the set.</param>
    /// <returns>A new set.</returns>
    /// <exception cref="ArgumentException">The set has no such rule (the message lists the ids it has).</exception>
    public RuleSet<TInput> Without(string ruleId)
    {
        Require(ruleId);
        return new RuleSet<TInput>(Name, Rules.Where(r => r.Id != ruleId));
    }

    /// <summary>The set with the rule <paramref name="ruleId"/> reporting at <paramref name="severity"/>.</summary>
    /// <param name="ruleId">The id of a rule in the set.</param>
    /// <param name="severity">The new severity.</param>
    /// <returns>A new set.</returns>
    /// <exception cref="ArgumentException">The set has no such rule.</exception>
    public RuleSet<TInput> WithSeverity(string ruleId, Severity severity)
    {
        Require(ruleId);
        return new RuleSet<TInput>(Name, Rules.Select(r => r.Id == ruleId ? r.WithSeverity(severity) : r));
    }

    /// <summary>The set with <paramref name="rule"/> added at the end, or in place of the rule with the same id.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>A new set.</returns>
    public RuleSet<TInput> With(Rule<TInput> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return Rules.Any(r => r.Id == rule.Id)
            ? new RuleSet<TInput>(Name, Rules.Select(r => r.Id == rule.Id ? rule : r))
            : new RuleSet<TInput>(Name, Rules.Append(rule));
    }

    /// <summary>Runs every rule on <paramref name="input"/>.</summary>
    /// <param name="input">What to check.</param>
    /// <returns>The findings, rule by rule in the set's order; empty when the input passes every rule.</returns>
    public IReadOnlyList<Finding> Check(TInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return [.. Rules.SelectMany(r => r.Check(input))];
    }

    /// <summary>
    /// The set as a FluentValidation validator, for code that already validates with FluentValidation: one failure per
    /// finding, with the rule id as <c>ErrorCode</c>, the severity mapped, and the <see cref="Finding"/> as
    /// <c>CustomState</c> (read them back with <see cref="RuleValidation.ToFindings"/>).
    /// </summary>
    /// <returns>A validator that runs this set.</returns>
    public IValidator<TInput> ToValidator() => new RuleSetValidator<TInput>(this);

    /// <summary>The name and the number of rules.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({Rules.Count} rules)";

    private void Require(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        if (Find(ruleId) is null)
        {
            throw new ArgumentException($"{Name} has no rule '{ruleId}'; its rules are {string.Join(", ", Rules.Select(r => r.Id))}.", nameof(ruleId));
        }
    }
}
