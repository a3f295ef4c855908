using Nhp.Governance.Rules;

namespace Nhp.Domain.Tests.Governance.Rules;

public sealed class TableRuleTextTest
{
    [Theory]
    [InlineData("24.399", 2, "24.39")]
    [InlineData("24.391", 1, "24.3")]
    [InlineData("56.00", 0, "56")]
    [InlineData("-1.239", 2, "-1.23")]
    public void A_share_is_cut_off_at_the_printed_decimals(string value, int decimals, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), TableRuleText.Truncated(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals));

    [Fact]
    public void More_decimals_than_a_decimal_holds_compare_at_28_instead_of_throwing()
    {
        // 100 × 2 / 3 = 66.666…; a column printed with 30 decimals (a fuzzed table once did) is compared at 28.
        var share = TableRuleText.Share(2, 3);
        Assert.Equal(Math.Round(share, 28), TableRuleText.Rounded(share, 30));
        Assert.Equal(Math.Round(share, 28, MidpointRounding.ToZero), TableRuleText.Truncated(share, 30));
        Assert.Equal(100m, TableRuleText.Truncated(100m, 28));
    }
}
