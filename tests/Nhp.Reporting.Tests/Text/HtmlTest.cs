using Nhp.Reporting.Text;

namespace Nhp.Reporting.Tests.Text;

public sealed class HtmlTest
{
    [Theory]
    [InlineData("<b>&\"'</b>", "&lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;")]
    [InlineData("plain £", "plain £")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Text_is_escaped_for_content_and_attributes(string? text, string expected) =>
        Assert.Equal(expected, Html.Escape(text));

    [Fact]
    public void A_page_is_self_contained_printable_and_script_free()
    {
        var page = Html.Page("Plan <Jan>", "<p>x</p>\n");

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">", page, StringComparison.Ordinal);
        Assert.Contains("<title>Plan &lt;Jan&gt;</title>", page, StringComparison.Ordinal);
        Assert.Contains("@media print", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", page.Replace("http://www.w3.org", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#00703c", "#ffffff")]
    [InlineData("#ffdd00", "#0b0c0c")]
    [InlineData("#d4351c", "#ffffff")]
    public void Rag_colours_keep_text_readable_at_a_contrast_of_at_least_4_5_to_1(string background, string text)
    {
        Assert.Contains($"background: {background}; color: {text};", Html.Stylesheet, StringComparison.Ordinal);
        Assert.True(Contrast(background, text) >= 4.5, $"{background} on {text}: {Contrast(background, text):0.00}");
    }

    // WCAG 2.x relative luminance and contrast ratio, written out from the definition.
    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = Convert.ToInt32(hex.Substring(offset, 2), 16) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
