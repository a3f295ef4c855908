using FluentValidation;
using Nhp.Delivery;
using Severity = Nhp.Findings.Severity;
using Nhp.Rules;
using NodaTime;

namespace Nhp.Rag;

/// <summary>
/// A list of RAG rules with unique ids, applied in order to every deliverable at an as-of date. Start from
/// <see cref="Default"/> (the built-in rules for the plan's key), switch rules off with <see cref="Without"/>, change a
/// rule's severity with <see cref="WithSeverity"/>, add or retune with <see cref="With"/>. Immutable and thread-safe; every change returns a new policy.
/// </summary>
public sealed class RagPolicy
{
    private const string Name = "The RAG policy";

    /// <summary>Creates a policy from rules.</summary>
    /// <param name="rules">The rules, in the order findings are reported; ids must be unique.</param>
    /// <exception cref="ArgumentException">Two rules share an id.</exception>
    public RagPolicy(IEnumerable<RagRule> rules)
        : this(new RuleSet<RagCheck>(Name, rules ?? throw new ArgumentNullException(nameof(rules))))
    {
    }

    private RagPolicy(RuleSet<RagCheck> ruleSet)
    {
        RuleSet = ruleSet;
        Rules = [.. ruleSet.Rules.Cast<RagRule>()];
    }

    /// <summary>The built-in rules of <see cref="RagRules.All"/> with their default settings.</summary>
    public static RagPolicy Default { get; } = new(RagRules.All());

    /// <summary>The rules, in order.</summary>
    public IReadOnlyList<RagRule> Rules { get; }

    /// <summary>The rules as a rule set over a deliverable at a date, for code that runs rule sets of every kind.</summary>
    public RuleSet<RagCheck> RuleSet { get; }

    /// <summary>The policy with <paramref name="rule"/> added at the end, or replacing the rule with the same id in its place (retuning).</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>A new policy.</returns>
    public RagPolicy With(RagRule rule) => new(RuleSet.With(rule));

    /// <summary>The policy with the rule of id <paramref name="ruleId"/> switched off.</summary>
    /// <param name="ruleId">The id.</param>
    /// <returns>A new policy.</returns>
    /// <exception cref="ArgumentException">The policy has no rule with that id (a misspelt id would otherwise switch nothing off).</exception>
    public RagPolicy Without(string ruleId) => new(RuleSet.Without(ruleId));

    /// <summary>The policy with the rule of id <paramref name="ruleId"/> reporting at <paramref name="severity"/>.</summary>
    /// <param name="ruleId">The id.</param>
    /// <param name="severity">The new severity.</param>
    /// <returns>A new policy.</returns>
    /// <exception cref="ArgumentException">The policy has no rule with that id.</exception>
    public RagPolicy WithSeverity(string ruleId, Severity severity) => new(RuleSet.WithSeverity(ruleId, severity));

    /// <summary>Judges one deliverable at a date.</summary>
    /// <param name="subject">The deliverable.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The judgement.</returns>
    public RagJudgement Evaluate(RagSubject subject, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var findings = Rules.Select(r => r.Evaluate(subject, asOf)).OfType<RagFinding>().ToArray();
        // RagStatus orders not rated, GREEN, AMBER, RED, so the maximum is the worst.
        var expected = findings.Length == 0 ? subject.Reported : findings.Select(f => f.ExpectedRag).Max();
        return new RagJudgement(subject, asOf, expected, findings);
    }

    /// <summary>Judges every deliverable at a date; the result is in code order.</summary>
    /// <param name="subjects">The deliverables of one status update.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The evaluation.</returns>
    public RagEvaluation Evaluate(IEnumerable<RagSubject> subjects, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        return new RagEvaluation(asOf, [.. subjects.OrderBy(s => s.Code).Select(s => Evaluate(s, asOf))]);
    }

    /// <summary>Judges every deliverable of a plan, as its latest status update reported it, at a date.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The evaluation, in code order.</returns>
    public RagEvaluation Evaluate(DeliveryPlan plan, LocalDate asOf) => Evaluate(RagSubject.Latest(plan), asOf);

    /// <summary>
    /// The deliverables not expected RED at <paramref name="asOf"/> that the rules will expect RED on some day in the
    /// next <paramref name="days"/> days if nothing is updated, with the first such day, in date then code order.
    /// </summary>
    /// <param name="subjects">The deliverables of one status update.</param>
    /// <param name="asOf">The date to look ahead from.</param>
    /// <param name="days">How many days ahead to look, 1 to 3660.</param>
    /// <returns>The deliverables due to turn RED.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is out of range.</exception>
    public IReadOnlyList<RagTurn> DueToTurnRed(IEnumerable<RagSubject> subjects, LocalDate asOf, int days)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, 3660);
        var turns = new List<RagTurn>();
        foreach (var subject in subjects)
        {
            if (Evaluate(subject, asOf).ExpectedRag == RagStatus.Red)
            {
                continue;
            }

            for (var day = 1; day <= days; day++)
            {
                var date = asOf.PlusDays(day);
                var judgement = Evaluate(subject, date);
                if (judgement.ExpectedRag == RagStatus.Red)
                {
                    turns.Add(new RagTurn(subject, date, judgement.Findings.First(f => f.ExpectedRag == RagStatus.Red)));
                    break;
                }
            }
        }

        return [.. turns.OrderBy(t => t.On).ThenBy(t => t.Subject.Code)];
    }

    /// <summary>
    /// The policy as a FluentValidation validator of one deliverable at a fixed as-of date, for tools whose tests
    /// assert with FluentValidation: each finding becomes a failure whose <c>ErrorCode</c> is the rule id, whose
    /// <c>Severity</c> is the finding's, whose property name is <c>Reported</c>, and whose message is the finding's.
    /// </summary>
    /// <param name="asOf">The date to judge at.</param>
    /// <returns>The validator; thread-safe.</returns>
    public IValidator<RagSubject> ToValidator(LocalDate asOf) =>
        new RuleSetValidator<RagSubject>(s => Evaluate(s, asOf).Findings.Select(f => f.Finding), _ => nameof(RagSubject.Reported), s => s.Reported);

    /// <summary>
    /// The policy as a FluentValidation validator of a whole plan (each deliverable's latest update) at a fixed
    /// as-of date: each finding becomes a failure whose <c>ErrorCode</c> is the rule id, whose property name is
    /// <c>Deliverables[code]</c> (e.g. <c>Deliverables[3.6]</c>), and whose severity and message are the finding's.
    /// </summary>
    /// <param name="asOf">The date to judge at.</param>
    /// <returns>The validator; thread-safe.</returns>
    public IValidator<DeliveryPlan> ToPlanValidator(LocalDate asOf) =>
        new RuleSetValidator<DeliveryPlan>(p => Evaluate(p, asOf).Findings.Select(f => f.Finding), f => $"Deliverables[{f.Subject}]");
}
