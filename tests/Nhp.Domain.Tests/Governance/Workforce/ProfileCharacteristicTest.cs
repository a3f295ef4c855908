using Nhp.Governance.Workforce;

namespace Nhp.Domain.Tests.Governance.Workforce;

public sealed class ProfileCharacteristicTest
{
    [Fact]
    public void Printed_shares_are_used_as_printed_and_the_not_stated_left_out_of_the_stated_shares()
    {
        // 4.14's ethnicity: 11% ethnic minority, 7% not stated, 82% white. Of the 93% who stated it:
        // 11 / 93 = 11.83% and 82 / 93 = 88.17%.
        var ethnicity = Characteristic(("Ethnic Minority", 11m, null), ("Not Stated", 7m, null), ("White", 82m, null));

        Assert.Equal([11m, 7m, 82m], ethnicity.Shares());
        Assert.Equal(7m, ethnicity.NotStatedShare);
        var stated = ethnicity.StatedShares();
        Assert.Equal(["Ethnic Minority", "White"], stated.Select(s => s.Category.Label));
        Assert.Equal(11.83m, Math.Round(stated[0].Share, 2));
        Assert.Equal(88.17m, Math.Round(stated[1].Share, 2));
    }

    [Fact]
    public void Counts_give_the_shares_when_no_share_is_printed()
    {
        // 52 of 200 = 26%, 148 of 200 = 74%.
        var sex = Characteristic(("Female", null, 52), ("Male", null, 148));

        Assert.Equal([26m, 74m], sex.Shares());
        Assert.Equal(0m, sex.NotStatedShare);
        Assert.True(sex.HasFigures);
    }

    [Fact]
    public void A_category_without_a_figure_leaves_the_characteristic_without_shares()
    {
        var sex = Characteristic(("Female", 30m, null), ("Male", null, 70));

        Assert.False(sex.HasFigures);
        Assert.Empty(sex.Shares());
        Assert.Null(sex.NotStatedShare);
        Assert.Empty(sex.StatedShares());
    }

    [Theory]
    [InlineData("Not Stated", true)]
    [InlineData("Not Stated or Prefer not to say", true)]
    [InlineData("Prefer not to say", true)]
    [InlineData("Unknown", true)]
    [InlineData("Not known", true)]
    [InlineData("Ethnic Minority", false)]
    [InlineData("No disability", false)]
    [InlineData("Stated", false)]
    public void Not_stated_is_read_from_the_label_unless_given(string label, bool notStated)
    {
        Assert.Equal(notStated, new ProfileCategory { Label = label }.IsNotStated);
        Assert.False(new ProfileCategory { Label = label, NotStated = false }.IsNotStated);
    }

    private static ProfileCharacteristic Characteristic(params (string Label, decimal? Share, int? Count)[] categories) =>
        new() { Name = "C", Categories = [.. categories.Select(c => new ProfileCategory { Label = c.Label, Share = c.Share, Count = c.Count })] };
}
