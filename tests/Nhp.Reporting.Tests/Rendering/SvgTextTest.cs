using Nhp.Reporting.Rendering;

namespace Nhp.Reporting.Tests.Rendering;

public sealed class SvgTextTest
{
    [Theory]
    [InlineData("<text>&\"'</text>", "&lt;text&gt;&amp;&quot;&#39;&lt;/text&gt;")]
    [InlineData("Q3 2023/24 – 21% £", "Q3 2023/24 – 21% £")]
    [InlineData("", "")]
    public void The_five_xml_markup_characters_become_entities_and_nothing_else_changes(string text, string expected) =>
        Assert.Equal(expected, SvgText.Escape(text));
}
