namespace Nhp.Cli.Tests;

public sealed class MessagesTest
{
    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("a\tb\nc\rd", @"'a\tb\nc\rd'")]
    [InlineData("\u001b[31mred", @"'\u001B[31mred'")]
    [InlineData("\u0000nul", @"'\u0000nul'")]
    [InlineData("abc\u202Edef\u2066", @"'abc\u202Edef\u2066'")]
    [InlineData("\u0085next", @"'\u0085next'")]
    [InlineData("café £5 – ok", "'café £5 – ok'")]
    public void Quote_shows_control_and_bidirectional_characters_escaped(string text, string expected) =>
        Assert.Equal(expected, Messages.Quote(text));

    [Fact]
    public void Quote_cuts_at_80_characters_and_says_how_long_the_text_was()
    {
        var quoted = Messages.Quote(new string('a', 200));

        Assert.Equal("'" + new string('a', 80) + "'… (200 characters)", quoted);
    }

    [Fact]
    public void Quote_never_splits_a_surrogate_pair()
    {
        var text = new string('a', 79) + "😀" + "tail";

        Assert.Equal("'" + new string('a', 79) + "'… (85 characters)", Messages.Quote(text));
    }

    [Fact]
    public void One_line_cuts_long_quotations_inside_a_message_and_escapes_the_rest()
    {
        var message = $"Line 3: '{new string('y', 500)}' is not a month.\nSecond\u001b line";

        Assert.Equal("Line 3: '" + new string('y', 80) + @"'… (500 characters) is not a month. Second\u001B line", Messages.OneLine(message));
    }
}
