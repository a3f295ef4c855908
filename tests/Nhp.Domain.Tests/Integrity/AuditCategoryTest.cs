using Nhp.Integrity;

namespace Nhp.Domain.Tests.Integrity;

public sealed class AuditCategoryTest
{
    [Theory]
    [InlineData("violence")]
    [InlineData("sexual-offences")]
    [InlineData("n100")]
    [InlineData("other")]
    [InlineData("all")]
    [InlineData("custom:fraud")]
    public void Text_round_trips_through_parse(string text) =>
        Assert.Equal(AuditCategory.Parse(text), AuditCategory.Parse(AuditCategory.Parse(text).ToString()));

    [Fact]
    public void The_standard_categories_are_the_four_the_review_prints_in_order() =>
        Assert.Equal(["Violence", "Sexual offences (not N100s)", "N100", "Other crime"], AuditCategory.Standard.Select(c => c.Name));

    [Theory]
    [InlineData("")]
    [InlineData("custom:")]
    [InlineData("burglary")]
    public void Unknown_text_is_refused_with_the_accepted_forms(string text) =>
        Assert.Contains("n100", Assert.Throws<NhpInputException>(() => AuditCategory.Parse(text)).AcceptedForms);
}
