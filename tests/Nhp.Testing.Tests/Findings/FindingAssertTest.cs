using Nhp.Findings;
using Nhp.Testing.Findings;

namespace Nhp.Testing.Tests.Findings;

public sealed class FindingAssertTest
{
    private static readonly Finding Stale = new("rag.update.stale", Severity.Warning, "3.4", "date", "Not updated since March.", new SourceLocation("plan.txt", 40));

    private static readonly Finding Missed = new("rag.deadline.missed", Severity.Error, "3.6", null, "Missed its deadline.");

    [Fact]
    public void When_the_rule_fired_on_the_subject_then_contains_returns_the_finding() =>
        Assert.Same(Missed, FindingAssert.Contains([Stale, Missed], "rag.deadline.missed", "3.6"));

    [Fact]
    public void When_the_rule_did_not_fire_on_the_subject_then_the_message_says_what_was_expected_and_lists_what_there_was()
    {
        var error = Assert.Throws<FindingAssertionException>(() => FindingAssert.Contains([Stale, Missed], "rag.deadline.missed", "3.7"));

        Assert.Equal(
            "expected rag.deadline.missed on 3.7, got 2 findings:\n"
            + "  warning rag.update.stale on 3.4 (date) at plan.txt:40: Not updated since March.\n"
            + "  error rag.deadline.missed on 3.6: Missed its deadline.",
            error.Message);
    }

    [Fact]
    public void When_there_are_no_findings_then_the_message_says_so() =>
        Assert.Equal(
            "expected rag.deadline.missed on 3.6, got no findings",
            Assert.Throws<FindingAssertionException>(() => FindingAssert.Contains([], "rag.deadline.missed", "3.6")).Message);

    [Fact]
    public void A_severity_that_differs_fails_and_names_the_severity_expected()
    {
        var error = Assert.Throws<FindingAssertionException>(() => FindingAssert.Contains([Stale], "rag.update.stale", "3.4", Severity.Error));

        Assert.StartsWith("expected rag.update.stale on 3.4 as error, got 1 finding:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Does_not_contain_fails_with_the_findings_that_match()
    {
        FindingAssert.DoesNotContain([Stale], "rag.deadline.missed");
        FindingAssert.DoesNotContain([Missed], "rag.deadline.missed", "3.7");

        var error = Assert.Throws<FindingAssertionException>(() => FindingAssert.DoesNotContain([Stale, Missed], "rag.deadline.missed"));

        Assert.Equal("expected no rag.deadline.missed, got 1 finding:\n  error rag.deadline.missed on 3.6: Missed its deadline.", error.Message);
    }

    [Fact]
    public void Empty_and_no_errors_fail_only_when_they_should()
    {
        FindingAssert.Empty([]);
        FindingAssert.NoErrors([Stale]);

        Assert.Throws<FindingAssertionException>(() => FindingAssert.Empty([Stale]));
        Assert.StartsWith("expected no errors, got 1 finding:\n  error rag.deadline.missed", Assert.Throws<FindingAssertionException>(() => FindingAssert.NoErrors([Stale, Missed])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exactly_names_what_is_missing_and_what_was_not_expected()
    {
        FindingAssert.Exactly([Stale, Missed], "rag.deadline.missed@3.6", "rag.update.stale");

        var error = Assert.Throws<FindingAssertionException>(() => FindingAssert.Exactly([Stale, Missed], "rag.deadline.missed@3.6", "rag.not-rated@1.1"));

        Assert.StartsWith(
            "expected exactly 2 finding(s); missing rag.not-rated on 1.1; not expected 1 finding:\n  warning rag.update.stale on 3.4",
            error.Message,
            StringComparison.Ordinal);
    }
}
