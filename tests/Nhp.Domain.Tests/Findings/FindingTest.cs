using Nhp.Findings;

namespace Nhp.Domain.Tests.Findings;

public sealed class FindingTest
{
    [Fact]
    public void A_finding_reads_on_one_line_with_severity_rule_subject_field_location_and_message()
    {
        var finding = new Finding("plan.rag.known", Severity.Error, "3.3", "rag", "Deliverable 3.3 has RAG 'BLUE'.", new SourceLocation("plan.txt", 12));

        Assert.Equal("error plan.rag.known [3.3 rag] plan.txt:12: Deliverable 3.3 has RAG 'BLUE'.", finding.ToString());
    }

    [Fact]
    public void A_finding_without_field_or_location_omits_them()
    {
        var finding = new Finding("plan.stale", Severity.Warning, "1.9", null, "Stale.");

        Assert.Equal("warning plan.stale [1.9]: Stale.", finding.ToString());
    }

    [Fact]
    public void Findings_with_the_same_values_are_equal()
    {
        var a = new Finding("r", Severity.Info, "s", "f", "m", new SourceLocation("x", 1));
        var b = new Finding("r", Severity.Info, "s", "f", "m", new SourceLocation("x", 1));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Severity = Severity.Error });
    }

    [Fact]
    public void Severities_are_ordered_from_info_to_error()
    {
        Assert.True(Severity.Info < Severity.Warning);
        Assert.True(Severity.Warning < Severity.Error);
    }
}
