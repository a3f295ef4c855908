using System.Text.RegularExpressions;
using FluentValidation;
using Severity = Nhp.Findings.Severity;
using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Rag;
using NodaTime;
using static Nhp.Domain.Tests.Rag.Subjects;

namespace Nhp.Domain.Tests.Rag;

public sealed partial class RagPolicyTest
{
    // A force's own rule written as a caller would: RED needs a recovery date in the summary.
    internal static readonly RagRule RedNeedsRecoveryDate = new(
        "force.red.recovery-date",
        "RED without a recovery date",
        Severity.Warning,
        "deliverable {code} is {reported} but its summary gives no recovery date; say when it will be back on track.",
        (s, _) => s.Reported == RagStatus.Red && !RecoveryDate().IsMatch(s.Summary));

    [GeneratedRegex(@"\b\d{1,2}/\d{1,2}/\d{4}\b")]
    private static partial Regex RecoveryDate();

    [Fact]
    public void A_custom_rule_runs_alongside_the_built_in_rules()
    {
        var policy = RagPolicy.Default.With(RedNeedsRecoveryDate);
        var subjects = new[]
        {
            Make("1.1", RagStatus.Red, "31/03/2024", "Delayed by the CAD system."),
            Make("1.2", RagStatus.Red, "31/03/2024", "Delayed; recovery expected by 30/06/2024."),
            Make("1.3", RagStatus.Amber, "TBC"),
        };
        var evaluation = policy.Evaluate(subjects, Date(2024, 2, 1));
        Assert.Equal(
            [("1.1", "force.red.recovery-date"), ("1.3", "rag.target.no-date")],
            evaluation.Findings.Select(f => (f.Subject, f.RuleId)));
        Assert.Equal(
            "RED without a recovery date (as at 1 February 2024): deliverable 1.1 is RED but its summary gives no recovery date; say when it will be back on track.",
            evaluation.Findings.First().Finding.Message);
    }

    [Fact]
    public void A_built_in_rule_can_be_switched_off()
    {
        var policy = RagPolicy.Default.Without(RagRules.NoTargetDateId);
        Assert.Empty(policy.Evaluate(Make("2.5", RagStatus.Amber, "TBC"), Date(2024, 2, 1)).Findings);
        Assert.DoesNotContain(policy.Rules, r => r.Id == RagRules.NoTargetDateId);
    }

    [Fact]
    public void When_switching_off_a_misspelt_rule_then_the_policy_says_which_rules_it_has()
    {
        var error = Assert.Throws<ArgumentException>(() => RagPolicy.Default.Without("rag.deadline.mised"));
        Assert.Contains("rag.deadline.missed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Retuning_a_built_in_rule_replaces_it_in_place()
    {
        var policy = RagPolicy.Default.With(RagRules.StaleUpdate(Period.FromMonths(6)));
        Assert.Equal(RagPolicy.Default.Rules.Select(r => r.Id), policy.Rules.Select(r => r.Id));
        var subject = Make("0.3", RagStatus.Amber, "Ongoing", updatedOn: Date(2024, 1, 31));
        Assert.DoesNotContain(policy.Evaluate(subject, Date(2024, 5, 1)).Findings, f => f.RuleId == RagRules.StaleUpdateId);
        Assert.Contains(RagPolicy.Default.Evaluate(subject, Date(2024, 5, 1)).Findings, f => f.RuleId == RagRules.StaleUpdateId);
    }

    [Fact]
    public void Two_rules_with_one_id_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new RagPolicy([RagRules.NotRated(), RagRules.NotRated()]));
    }

    [Fact]
    public void The_expected_rag_is_the_worst_any_finding_expects_and_otherwise_the_reported_one()
    {
        var policy = new RagPolicy([RagRules.DeadlineMissed(), RagRules.NoTargetDate()])
            .With(new RagRule("test.green", "Test", Severity.Info, "{code}", (_, _) => true, RagStatus.Green));
        Assert.Equal(RagStatus.Red, policy.Evaluate(Make("0.3", RagStatus.Amber, "31/03/2024"), Date(2024, 4, 1)).ExpectedRag);
        Assert.Equal(RagStatus.Green, policy.Evaluate(Make("0.3", RagStatus.Amber, "31/03/2024"), Date(2024, 3, 31)).ExpectedRag);
        Assert.Equal(RagStatus.Amber, RagPolicy.Default.Evaluate(Make("1.12", RagStatus.Amber, "Ongoing"), Date(2024, 2, 1)).ExpectedRag);
    }

    [Fact]
    public void An_evaluation_is_in_numeric_code_order_and_lists_what_turned_red()
    {
        var evaluation = RagPolicy.Default.Evaluate(
            [Make("1.10", RagStatus.Amber, "End 2024"), Make("1.9", RagStatus.Amber, "31/03/2024"), Make("1.2", RagStatus.Green, "31/01/2024")],
            Date(2024, 4, 1));
        Assert.Equal(["1.2", "1.9", "1.10"], evaluation.Judgements.Select(j => j.Subject.Subject));
        Assert.Equal(["1.9"], evaluation.TurnedRed.Select(j => j.Subject.Subject));
        Assert.True(evaluation.HasErrors);
    }

    [Fact]
    public void Due_to_turn_red_lists_the_first_red_day_within_the_window_and_nothing_beyond_it()
    {
        var subjects = new[] { Make("0.3", RagStatus.Amber, "31/03/2024"), Make("1.10", RagStatus.Amber, "End 2024"), Make("2.5", RagStatus.Amber, "TBC") };
        var turns = RagPolicy.Default.DueToTurnRed(subjects, Date(2024, 3, 1), 31);
        var turn = Assert.Single(turns);
        Assert.Equal(("0.3", Date(2024, 4, 1), "rag.deadline.missed"), (turn.Subject.Subject, turn.On, turn.Finding.RuleId));
        Assert.Empty(RagPolicy.Default.DueToTurnRed(subjects, Date(2024, 3, 1), 30));
        Assert.Empty(RagPolicy.Default.DueToTurnRed(subjects, Date(2024, 4, 1), 30)); // already expected red, not "due"
    }

    [Fact]
    public void As_a_FluentValidation_validator_each_finding_is_a_failure_coded_with_its_rule_id()
    {
        var validator = RagPolicy.Default.With(RedNeedsRecoveryDate).ToValidator(Date(2024, 4, 1));
        var result = validator.Validate(Make("0.3", RagStatus.Amber, "31/03/2024"));
        var failure = Assert.Single(result.Errors);
        Assert.Equal("rag.deadline.missed", failure.ErrorCode);
        Assert.Equal(FluentValidation.Severity.Error, failure.Severity);
        Assert.Contains("deliverable 0.3", failure.ErrorMessage, StringComparison.Ordinal);

        var red = validator.Validate(Make("1.1", RagStatus.Red, "30/06/2024", "No date given."));
        Assert.Equal(["force.red.recovery-date"], red.Errors.Select(e => e.ErrorCode));
        Assert.Equal(FluentValidation.Severity.Warning, red.Errors[0].Severity);
        Assert.True(validator.Validate(Make("1.5", RagStatus.Green, "Ongoing")).IsValid);
    }

    [Fact]
    public void The_validator_works_with_FluentValidation_assertions_like_ValidateAndThrow()
    {
        var validator = RagPolicy.Default.ToValidator(Date(2024, 4, 1));
        var error = Assert.Throws<ValidationException>(() => validator.ValidateAndThrow(Make("4.1", RagStatus.Amber, "31/03/2024")));
        Assert.Contains("rag.deadline.missed", error.Errors.Select(e => e.ErrorCode));
    }
}
