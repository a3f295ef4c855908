namespace Nhp.Cli.Tests;

public sealed class SuggestionsTest
{
    private static readonly string[] Commands = ["report", "rules", "plan", "panels", "paper", "pack", "spc", "cdi"];

    [Theory]
    [InlineData("reprot", "report")] // two letters swapped: two edits
    [InlineData("plna", "plan")]
    [InlineData("sp", "spc")] // a beginning
    [InlineData("rule", "rules")]
    public void A_mistyped_word_gets_the_closest_name(string typed, string expected)
    {
        Assert.Equal([expected], Suggestions.Closest(typed, Commands));
    }

    [Fact]
    public void Several_equally_close_names_are_all_suggested_at_most_three()
    {
        Assert.Equal(["panels", "paper", "pack"], Suggestions.Closest("pa", Commands));
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("x")]
    [InlineData("")]
    [InlineData("--")]
    public void A_word_like_no_name_gets_no_suggestion(string typed)
    {
        Assert.Empty(Suggestions.Closest(typed, Commands));
    }

    [Fact]
    public void Options_are_compared_without_their_dashes()
    {
        Assert.Equal(["--version"], Suggestions.Closest("-v", ["--help", "-h", "--version"]));
        Assert.Equal(["--format"], Suggestions.Closest("--fromat", ["--data", "--format", "--out"]));
    }

    [Fact]
    public void The_suggestions_are_a_question_with_each_name_quoted()
    {
        Assert.Equal(string.Empty, Suggestions.DidYouMean([]));
        Assert.Equal(" Did you mean 'report'?", Suggestions.DidYouMean(["report"]));
        Assert.Equal(" Did you mean 'panels', 'paper' or 'pack'?", Suggestions.DidYouMean(["panels", "paper", "pack"]));
    }
}
