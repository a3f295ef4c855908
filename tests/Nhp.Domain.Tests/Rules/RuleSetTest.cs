using FluentValidation;
using Severity = Nhp.Findings.Severity;
using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Domain.Tests.Rules;

public sealed class RuleSetTest
{
    private sealed class TooLong(string id, int limit) : Rule<string>(new RuleDescriptor(id, "test", Severity.Warning, "Too long", "Checks the text is short."))
    {
        public override IEnumerable<Finding> Check(string input)
        {
            if (input.Length > limit)
            {
                yield return Found("text", null, $"The text is longer than {limit}.");
            }
        }
    }

    private static readonly RuleSet<string> Set = new("text checks", [new TooLong("test.long", 3), new TooLong("test.very-long", 6)]);

    [Fact]
    public void When_a_rule_is_removed_then_it_no_longer_runs()
    {
        Assert.Equal(["test.very-long"], Set.Without("test.long").Check("1234567").Select(f => f.RuleId));
    }

    [Fact]
    public void When_an_unknown_rule_is_removed_then_the_message_names_the_set_and_its_rules()
    {
        var error = Assert.Throws<ArgumentException>(() => Set.Without("test.lon"));
        Assert.StartsWith("text checks has no rule 'test.lon'; its rules are test.long, test.very-long.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_rule_is_given_another_severity_then_its_findings_have_it_and_the_other_rules_do_not_change()
    {
        var set = Set.WithSeverity("test.long", Severity.Error);
        Assert.Equal([Severity.Error, Severity.Warning], set.Check("1234567").Select(f => f.Severity));
        Assert.Equal(Severity.Error, set.Descriptors[0].Severity);
        Assert.Equal(Severity.Warning, Set.Check("1234").Single().Severity);
    }

    [Fact]
    public void When_a_rule_is_added_with_a_new_id_then_it_runs_last_and_with_a_known_id_then_it_replaces_that_rule_in_place()
    {
        Assert.Equal(["test.long", "test.very-long", "test.other"], Set.With(new TooLong("test.other", 1)).Rules.Select(r => r.Id));
        var replaced = Set.With(new TooLong("test.long", 10));
        Assert.Equal(["test.long", "test.very-long"], replaced.Rules.Select(r => r.Id));
        Assert.Empty(replaced.Check("12345"));
    }

    [Fact]
    public void When_two_rules_share_an_id_then_the_set_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new RuleSet<string>("text checks", [new TooLong("test.long", 1), new TooLong("test.long", 2)]));
        Assert.Contains("'test.long'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_run_as_a_FluentValidation_validator_then_the_findings_come_back_unchanged()
    {
        var result = Set.ToValidator().Validate("1234567");
        Assert.Equal(["test.long", "test.very-long"], result.Errors.Select(e => e.ErrorCode));
        Assert.All(result.Errors, e => Assert.Equal(FluentValidation.Severity.Warning, e.Severity));
        Assert.Equal(Set.Check("1234567"), RuleValidation.ToFindings(result));
        Assert.True(Set.ToValidator().Validate("12").IsValid);
        Assert.Throws<ValidationException>(() => Set.ToValidator().ValidateAndThrow("1234"));
    }

    [Theory]
    [InlineData(Severity.Info, FluentValidation.Severity.Info)]
    [InlineData(Severity.Warning, FluentValidation.Severity.Warning)]
    [InlineData(Severity.Error, FluentValidation.Severity.Error)]
    public void Each_severity_maps_to_FluentValidation_and_back(Severity severity, FluentValidation.Severity fluent)
    {
        Assert.Equal(fluent, RuleValidation.ToFluentSeverity(severity));
        Assert.Equal(severity, RuleValidation.FromFluentSeverity(fluent));
    }
}
