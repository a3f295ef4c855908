using Nhp.Delivery;
using Nhp.Findings;

namespace Nhp.Domain.Tests.Delivery;

public sealed class StrategyObjectivesTest
{
    [Fact]
    public void Similarity_is_one_minus_the_edit_distance_over_the_longer_length()
    {
        // Letters only: provide(7) a(1) flovn(5) of(2) community(9) intelligence(12) on(2) a(1) range(5) of(2) issues(6)
        // = 52 letters, against 51 with "flow"; one substitution (v for w) and one deletion (n): 1 - 2/52.
        var similarity = StrategyObjectives.Similarity("Provide a flovn of community intelligence on a range of issues", "Provide a flow of community intelligence on a range of issues");
        Assert.Equal(1 - (2.0 / 52), similarity, 10);
    }

    [Fact]
    public void A_list_is_read_from_numbered_tab_separated_lines_skipping_comments()
    {
        var list = StrategyObjectives.Read(new StringReader("# comment\n\n1\tKeep people safe\n2\tBuild trust\n")).GetValueOrThrow();
        Assert.Equal([(1, "Keep people safe"), (2, "Build trust")], list.Select(o => (o.Number, o.Title)));
    }

    [Theory]
    [InlineData("one\tKeep people safe\n2\tBuild trust\n", "plan.import.objective-line-invalid", 1)]
    [InlineData("1 Keep people safe\n2\tBuild trust\n", "plan.import.objective-line-invalid", 1)]
    [InlineData("1\tA\n1\tB\n", "plan.import.objective-repeated", 2)]
    public void A_line_that_is_not_an_objective_is_left_out_with_a_finding_naming_its_line(string text, string ruleId, int line)
    {
        var result = StrategyObjectives.Read(new StringReader(text), "objectives.txt");
        var finding = Assert.Single(result.Findings);
        Assert.Equal(ruleId, finding.RuleId);
        Assert.Equal(new SourceLocation("objectives.txt", line), finding.Location);
        Assert.Single(result.GetValueOrThrow());
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("one\tKeep people safe\n")]
    public void A_list_with_no_objective_is_refused(string text)
    {
        var error = Assert.Throws<NhpInputException>(() => StrategyObjectives.Read(new StringReader(text), "objectives.txt"));
        Assert.StartsWith("objectives.txt: objectives: The list of objectives has no objective", error.Message, StringComparison.Ordinal);
    }
}
