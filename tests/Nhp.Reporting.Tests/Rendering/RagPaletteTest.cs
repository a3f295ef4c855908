using Nhp.Rag;
using Nhp.Reporting.Rendering;

namespace Nhp.Reporting.Tests.Rendering;

public sealed class RagPaletteTest
{
    [Fact]
    public void Every_level_of_the_built_in_schemes_has_colours_in_the_default_palette()
    {
        foreach (var level in RagScheme.PlanKey.Levels.Concat(RagScheme.DeliveryConfidence.Levels))
        {
            Assert.NotNull(RagPalette.Default.Find(level.Label));
        }
    }

    [Fact]
    public void Every_colour_pair_of_the_default_palette_has_text_readable_at_WCAG_AA()
    {
        foreach (var key in RagPalette.Default.Keys)
        {
            var (background, text) = RagPalette.Default.Find(key)!.Value;
            Assert.True(RagColour.ContrastRatio(background, text) >= 4.5, key);
        }
    }

    [Fact]
    public void When_a_level_has_white_text_on_yellow_then_the_palette_is_refused_naming_the_level_and_ratio()
    {
        // White (luminance 1) on #ffdd00 (luminance 0.7262...): (1 + 0.05) / (0.7262 + 0.05) = 1.35.
        var error = Assert.Throws<ArgumentException>(() => new RagPalette(
        [
            ("On track", RagColour.Parse("#00703c"), RagColour.White),
            ("At risk", RagColour.Parse("#ffdd00"), RagColour.White),
        ]));
        Assert.Contains("'At risk'", error.Message, StringComparison.Ordinal);
        Assert.Contains("1.35:1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GREEN", "rag-green")]
    [InlineData("Amber/Green", "rag-amber-green")]
    [InlineData(" not rated ", "rag-not-rated")]
    [InlineData("Blue", "rag-none")]
    public void A_level_label_maps_to_one_css_class_in_any_case_and_spacing(string label, string css)
    {
        Assert.Equal(css, RagPalette.Default.CssClass(label));
    }

    [Fact]
    public void The_stylesheet_has_one_rule_per_level_and_one_for_levels_it_does_not_colour()
    {
        var css = RagPalette.Default.Css();
        Assert.Contains(".rag-green { background: #00703c; color: #ffffff; }", css, StringComparison.Ordinal);
        Assert.Contains(".rag-amber-red { background: #f47738; color: #0b0c0c; }", css, StringComparison.Ordinal);
        Assert.Contains(".rag-none {", css, StringComparison.Ordinal);
    }

    [Fact]
    public void When_two_labels_normalise_to_the_same_key_then_the_palette_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new RagPalette(
        [
            ("Amber/Green", RagColour.Parse("#85994b"), RagColour.Ink),
            ("amber green", RagColour.Parse("#85994b"), RagColour.Ink),
        ]));
    }
}
