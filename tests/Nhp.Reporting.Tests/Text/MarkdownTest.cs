using Nhp.Reporting.Text;

namespace Nhp.Reporting.Tests.Text;

public sealed class MarkdownTest
{
    [Theory]
    [InlineData("a | b", "a \\| b")]
    [InlineData("two\nlines", "two<br>lines")]
    [InlineData("<ul><li>x</li></ul>", "&lt;ul&gt;&lt;li&gt;x&lt;/li&gt;&lt;/ul&gt;")]
    [InlineData("*bold* _em_ `code` [link]", "\\*bold\\* \\_em\\_ \\`code\\` \\[link\\]")]
    [InlineData(null, "")]
    public void Cell_text_is_shown_not_interpreted(string? text, string expected) =>
        Assert.Equal(expected, Markdown.Cell(text));
}
