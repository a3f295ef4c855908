using Nhp.Findings;

namespace Nhp.Domain.Tests.Findings;

public sealed class SeverityExtensionsTest
{
    [Theory]
    [InlineData(Severity.Info, "info")]
    [InlineData(Severity.Warning, "warning")]
    [InlineData(Severity.Error, "error")]
    public void Each_severity_has_its_lower_case_word(Severity severity, string expected) =>
        Assert.Equal(expected, severity.ToText());
}
