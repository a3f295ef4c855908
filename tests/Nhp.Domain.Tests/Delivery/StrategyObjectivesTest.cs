using Nhp.Delivery;

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
        var list = StrategyObjectives.Read(new StringReader("# comment\n\n1\tKeep people safe\n2\tBuild trust\n"));
        Assert.Equal([(1, "Keep people safe"), (2, "Build trust")], list.Select(o => (o.Number, o.Title)));
    }

    [Theory]
    [InlineData("one\tKeep people safe\n", "objectives.txt:1: objective: 'one\tKeep people safe' is not an objective")]
    [InlineData("1 Keep people safe\n", "objectives.txt:1: objective:")]
    [InlineData("1\tA\n1\tB\n", "objectives.txt:2: objective: Objective 1 is listed twice.")]
    public void A_malformed_list_is_refused_with_its_line(string text, string expected)
    {
        var error = Assert.Throws<NhpInputException>(() => StrategyObjectives.Read(new StringReader(text), "objectives.txt"));
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }
}
