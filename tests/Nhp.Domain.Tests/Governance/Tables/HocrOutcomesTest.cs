using Nhp.Governance.Tables;

namespace Nhp.Domain.Tests.Governance.Tables;

public sealed class HocrOutcomesTest
{
    [Fact]
    public void Positive_outcomes_are_codes_1_to_4_and_6_to_8() =>
        Assert.Equal([1, 2, 3, 4, 6, 7, 8], HocrOutcomes.All.Where(o => o.IsPositive).Select(o => o.Code));

    [Theory]
    [InlineData("1. Charged", 1)]
    [InlineData("14: Victim declines/unable to support action to identify offender", 14)]
    [InlineData("Outcome 18", 18)]
    [InlineData("nresolved", null)]
    [InlineData("2019", null)]
    [InlineData("16a: x", null)]
    public void The_code_is_read_from_the_start_of_a_label(string label, int? code) =>
        Assert.Equal(code, HocrOutcomes.FromLabel(label)?.Code);

    [Theory]
    [InlineData(14, "Evidential difficulties victim based \u2013 named suspect not identified")]
    [InlineData(15, "Named suspect identified: victim supports police action but evidential difficulties prevent further action")]
    [InlineData(16, "Named suspect identified: evidential difficulties prevent further action; victim does not support (or has withdrawn support from) police action")]
    [InlineData(18, "Investigation complete \u2013 no suspect identified")]
    [InlineData(22, "Diversionary, educational or intervention activity, resulting from the crime report, has been undertaken and it is not in the public interest to take any further action")]
    public void Titles_are_the_outcomes_framework_s(int code, string title) =>
        Assert.StartsWith(title, HocrOutcomes.Find(code)!.Title, StringComparison.Ordinal);
}
