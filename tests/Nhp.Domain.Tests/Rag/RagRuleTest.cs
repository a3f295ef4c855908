using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Rag;
using static Nhp.Domain.Tests.Rag.Subjects;

namespace Nhp.Domain.Tests.Rag;

public sealed class RagRuleTest
{
    [Fact]
    public void A_template_fills_in_every_placeholder()
    {
        var rule = new RagRule("test.all", "All", Severity.Info, "{code} {reported} {expected} {target} {deadline} {review} {asOf} {updated}", (_, _) => true, RagStatus.Red);
        var finding = rule.Evaluate(Make("1.8", RagStatus.Amber, "31/03/2024 Review 2025"), Date(2024, 4, 1))!;
        Assert.Equal("All (as at 1 April 2024): 1.8 AMBER RED 31/03/2024 Review 2025 31 March 2024 31 December 2025 1 April 2024 31 January 2024", finding.Finding.Message);
    }

    [Theory]
    [InlineData("{deadlin}")]
    [InlineData("unclosed {code")]
    public void When_a_template_uses_an_unknown_placeholder_then_the_rule_is_refused_listing_the_placeholders(string template)
    {
        var error = Assert.Throws<ArgumentException>(() => new RagRule("test.bad", "Bad", Severity.Info, template, (_, _) => true));
        Assert.Contains("{deadline}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Rag.Upper")]
    [InlineData("rag deadline")]
    [InlineData(" ")]
    public void When_an_id_has_upper_case_or_spaces_then_the_rule_is_refused(string id)
    {
        Assert.ThrowsAny<ArgumentException>(() => new RagRule(id, "T", Severity.Info, "{code}", (_, _) => true));
    }

    [Fact]
    public void Retuning_keeps_the_id_and_condition_and_changes_only_what_was_asked()
    {
        var rule = RagRules.NoTargetDate().WithSeverity(Severity.Error).WithTemplate("{code} needs a date.");
        var finding = rule.Evaluate(Make("2.5", RagStatus.Amber, "TBC"), Date(2024, 1, 31))!;
        Assert.Equal("rag.target.no-date", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Finding.Severity);
        Assert.Equal("No target date (as at 31 January 2024): 2.5 needs a date.", finding.Finding.Message);
        Assert.Null(rule.Evaluate(Make("2.5", RagStatus.Amber, "Ongoing"), Date(2024, 1, 31)));
    }
}
