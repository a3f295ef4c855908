namespace Nhp.Testing.Tests;

public sealed class LineDiffTest
{
    [Fact]
    public void Equal_texts_have_an_empty_diff() => Assert.Equal(string.Empty, LineDiff.Format("a\nb\n", "a\nb\n"));

    [Fact]
    public void An_inserted_line_is_shown_with_a_plus_and_its_context()
    {
        var diff = LineDiff.Format("1\n2\n3\n4\n5\n6\n7\n", "1\n2\n3\n4\nnew\n5\n6\n7\n");

        Assert.Equal("@@ line 3 @@\n  3\n  4\n+ new\n  5\n  6\n", diff);
    }

    [Fact]
    public void Trailing_white_space_is_made_visible()
    {
        var diff = LineDiff.Format("a\n", "a \n");

        Assert.Contains("+ a ⏎", diff, StringComparison.Ordinal);
    }
}
