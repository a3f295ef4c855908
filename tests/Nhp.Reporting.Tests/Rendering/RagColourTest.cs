using CsCheck;
using Nhp.Reporting.Rendering;

namespace Nhp.Reporting.Tests.Rendering;

public sealed class RagColourTest
{
    [Fact]
    public void Black_and_white_have_the_largest_contrast_of_21_to_1()
    {
        Assert.Equal(21.0, RagColour.ContrastRatio(RagColour.Parse("#000000"), RagColour.White), 6);
    }

    [Fact]
    public void Grey_777777_on_white_just_fails_AA_at_about_4_48_to_1()
    {
        // The usual worked example of WCAG 2: #777777 on white is 4.48:1, below the 4.5:1 asked of normal text.
        var ratio = RagColour.ContrastRatio(RagColour.Parse("#777777"), RagColour.White);
        Assert.Equal(4.48, ratio, 2);
        Assert.True(ratio < RagColour.MinimumTextContrast);
    }

    [Fact]
    public void Contrast_does_not_depend_on_the_order_of_the_colours()
    {
        var green = RagColour.Parse("#00703c");
        Assert.Equal(RagColour.ContrastRatio(green, RagColour.White), RagColour.ContrastRatio(RagColour.White, green));
    }

    [Fact]
    public void Relative_luminance_of_white_is_1_and_of_black_is_0()
    {
        Assert.Equal(1.0, RagColour.White.RelativeLuminance, 10);
        Assert.Equal(0.0, RagColour.Parse("#000000").RelativeLuminance, 10);
    }

    [Theory]
    [InlineData("00703c")]
    [InlineData("#00703")]
    [InlineData("#00703cc")]
    [InlineData("#gg703c")]
    [InlineData("")]
    public void When_the_text_is_not_hash_and_six_hex_digits_then_parsing_fails_and_says_which_forms_are_accepted(string text)
    {
        Assert.False(RagColour.TryParse(text, out _));
        var error = Assert.Throws<NhpInputException>(() => RagColour.Parse(text));
        Assert.Contains("#00703c", error.AcceptedForms);
    }

    [Fact]
    public void Upper_case_hex_is_read_and_written_back_in_lower_case()
    {
        Assert.Equal("#ffdd00", RagColour.Parse("#FFDD00").ToString());
    }

    [Fact]
    public void Every_colour_written_reads_back_equal()
    {
        Gen.Int[0, 0xFFFFFF].Sample(rgb =>
        {
            var colour = new RagColour((byte)(rgb >> 16), (byte)((rgb >> 8) & 0xFF), (byte)(rgb & 0xFF));
            return RagColour.Parse(colour.ToString()) == colour && colour.Equals((object)RagColour.Parse(colour.ToString()));
        });
    }
}
