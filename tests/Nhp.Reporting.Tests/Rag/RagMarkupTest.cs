using Nhp.Delivery;
using Nhp.Rag;
using Nhp.Reporting.Rag;
using Nhp.Reporting.Text;

namespace Nhp.Reporting.Tests.Rag;

public sealed class RagMarkupTest
{
    [Theory]
    [InlineData(RagStatus.Green, "rag-green")]
    [InlineData(RagStatus.Amber, "rag-amber")]
    [InlineData(RagStatus.Red, "rag-red")]
    public void The_printed_badge_colours_are_the_plan_keys_contrast_checked_colours(RagStatus status, string css)
    {
        var level = RagScheme.PlanKeyLevel(status)!;
        Assert.Contains($".{css} {{ background: {level.Background}; color: {level.Text}; }}", Html.Stylesheet, StringComparison.Ordinal);
        Assert.True(level.Contrast >= RagColour.MinimumTextContrast);
    }

    [Fact]
    public void A_badge_carries_the_word_as_well_as_the_colour()
    {
        Assert.Equal("<span class=\"rag rag-red\">RED</span>", RagMarkup.Badge(RagStatus.Red));
        Assert.Equal("<span class=\"rag rag-none\">NOT RATED</span>", RagMarkup.Badge(RagStatus.NotRated));
    }
}
