using Nhp.Findings;

namespace Nhp.Domain.Tests.Findings;

public sealed class SourceLocationTest
{
    [Theory]
    [InlineData("plan.txt", 12, "plan.txt:12")]
    [InlineData("plan.txt", null, "plan.txt")]
    [InlineData(null, 7, "line 7")]
    [InlineData(null, null, "")]
    public void A_location_is_written_as_people_write_it(string? source, int? line, string expected) =>
        Assert.Equal(expected, new SourceLocation(source, line).ToString());
}
