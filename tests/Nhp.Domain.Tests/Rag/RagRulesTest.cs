using CsCheck;
using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Rag;
using NodaTime;
using static Nhp.Domain.Tests.Rag.Subjects;

namespace Nhp.Domain.Tests.Rag;

public sealed class RagRulesTest
{
    // Deadline missed

    [Fact]
    public void When_an_amber_deliverable_is_judged_on_its_deadline_day_then_the_deadline_is_not_missed()
    {
        Assert.Null(RagRules.DeadlineMissed().Evaluate(Make("0.3", RagStatus.Amber, "31/03/2024"), Date(2024, 3, 31)));
    }

    [Fact]
    public void When_an_amber_deliverable_is_judged_the_day_after_its_deadline_then_it_is_expected_red()
    {
        var finding = RagRules.DeadlineMissed().Evaluate(Make("0.3", RagStatus.Amber, "31/03/2024"), Date(2024, 4, 1));
        Assert.NotNull(finding);
        Assert.Equal(RagStatus.Red, finding.ExpectedRag);
        Assert.Equal(RagStatus.Amber, finding.ReportedRag);
        Assert.Equal(new Finding(
            "rag.deadline.missed",
            Severity.Error,
            "0.3",
            "rag",
            "Deadline missed (as at 1 April 2024): deliverable 0.3 is reported AMBER but its deadline of 31 March 2024 (target '31/03/2024') has passed and it is not complete; by the plan's key it should be RED unless it is updated."),
            finding.Finding);
    }

    [Fact]
    public void When_the_target_is_end_2024_then_the_deadline_is_missed_from_1_January_2025_only()
    {
        var rule = RagRules.DeadlineMissed();
        var subject = Make("1.10", RagStatus.Amber, "End 2024");
        Assert.Null(rule.Evaluate(subject, Date(2024, 12, 31)));
        Assert.NotNull(rule.Evaluate(subject, Date(2025, 1, 1)));
    }

    [Fact]
    public void When_the_target_is_a_month_then_the_deadline_is_its_last_day()
    {
        var rule = RagRules.DeadlineMissed();
        var subject = Make("1.1", RagStatus.Amber, "February 2024");
        Assert.Null(rule.Evaluate(subject, Date(2024, 2, 29)));
        Assert.NotNull(rule.Evaluate(subject, Date(2024, 3, 1)));
    }

    [Fact]
    public void For_any_dated_amber_deliverable_the_deadline_is_missed_exactly_when_the_as_of_date_is_after_it()
    {
        var day = Gen.Int[0, 20_000].Select(n => new LocalDate(2000, 1, 1).PlusDays(n));
        Gen.Select(day, day).Sample((deadline, asOf) =>
        {
            var subject = new RagSubject(new DeliverableCode(1, 1), RagStatus.Amber, Target.On(deadline), string.Empty, null);
            var missed = RagRules.DeadlineMissed().Evaluate(subject, asOf) is not null;
            var turns = RagPolicy.Default.DueToTurnRed([subject], deadline, 1);
            return missed == (asOf > deadline) && turns.Count == 1 && turns[0].On == deadline.PlusDays(1);
        });
    }

    [Theory]
    [InlineData(RagStatus.Green)]
    [InlineData(RagStatus.Red)]
    public void When_a_deliverable_is_green_or_already_red_then_a_passed_deadline_is_not_a_finding(RagStatus rag)
    {
        Assert.Null(RagRules.DeadlineMissed().Evaluate(Make("0.1", rag, "26/01/2024"), Date(2024, 4, 1)));
    }

    [Fact]
    public void When_a_deliverable_is_not_rated_and_past_its_deadline_then_it_is_expected_red()
    {
        Assert.Equal(RagStatus.Red, RagRules.DeadlineMissed().Evaluate(Make("3.3", RagStatus.NotRated, "26/01/2024"), Date(2024, 4, 1))!.ExpectedRag);
    }

    [Theory]
    [InlineData("Ongoing")]
    [InlineData("TBC")]
    [InlineData("Complete Review 31/03/2024")]
    [InlineData("March 204")]
    public void When_the_target_has_no_deadline_then_no_deadline_can_be_missed(string target)
    {
        Assert.Null(RagRules.DeadlineMissed().Evaluate(Make("1.12", RagStatus.Amber, target), Date(2030, 1, 1)));
    }

    // No target date

    [Theory]
    [InlineData(RagStatus.Amber, "TBC", true)]
    [InlineData(RagStatus.Red, "TBC", true)]
    [InlineData(RagStatus.Amber, "", true)]
    [InlineData(RagStatus.Amber, "Ongoing", false)]
    [InlineData(RagStatus.Amber, "31/03/2024", false)]
    [InlineData(RagStatus.Green, "TBC", false)]
    public void An_amber_or_red_deliverable_with_no_target_date_gets_a_warning(RagStatus rag, string target, bool expected)
    {
        var finding = RagRules.NoTargetDate().Evaluate(Make("2.5", rag, target), Date(2024, 1, 31));
        Assert.Equal(expected, finding is not null);
        if (finding is not null)
        {
            Assert.Equal(Severity.Warning, finding.Finding.Severity);
            Assert.Equal(rag, finding.ExpectedRag);
        }
    }

    [Fact]
    public void The_no_date_warning_holds_at_any_date()
    {
        var subject = Make("4.8", RagStatus.Amber, "TBC");
        Assert.All(new[] { Date(2000, 1, 1), Date(2024, 4, 1), Date(2099, 12, 31) }, d => Assert.NotNull(RagRules.NoTargetDate().Evaluate(subject, d)));
    }

    // Stale update

    [Fact]
    public void An_update_is_stale_only_after_the_maximum_age_has_fully_passed()
    {
        var rule = RagRules.StaleUpdate(Period.FromMonths(3));
        var subject = Make("0.3", RagStatus.Amber, "31/03/2024", updatedOn: Date(2024, 1, 31));
        Assert.Null(rule.Evaluate(subject, Date(2024, 4, 30)));
        var finding = rule.Evaluate(subject, Date(2024, 5, 1));
        Assert.NotNull(finding);
        Assert.Equal(
            "Stale update (as at 1 May 2024): the status of deliverable 0.3 (AMBER) was last updated on 31 January 2024, more than 3 months earlier; it may no longer be true.",
            finding.Finding.Message);
    }

    [Fact]
    public void The_stale_age_can_be_retuned_in_days()
    {
        var rule = RagRules.StaleUpdate(Period.FromDays(45));
        var subject = Make("0.3", RagStatus.Amber, "31/03/2024", updatedOn: Date(2024, 1, 31));
        Assert.Null(rule.Evaluate(subject, Date(2024, 3, 16)));
        Assert.NotNull(rule.Evaluate(subject, Date(2024, 3, 17)));
        Assert.Contains("more than 45 days earlier", rule.Evaluate(subject, Date(2024, 3, 17))!.Finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_update_date_is_unknown_then_staleness_is_not_judged()
    {
        var subject = Make("0.3", RagStatus.Amber, "31/03/2024") with { UpdatedOn = null };
        Assert.Null(RagRules.StaleUpdate().Evaluate(subject, Date(2030, 1, 1)));
    }

    [Fact]
    public void A_zero_negative_or_hourly_maximum_age_is_refused()
    {
        Assert.Throws<ArgumentException>(() => RagRules.StaleUpdate(Period.Zero));
        Assert.Throws<ArgumentException>(() => RagRules.StaleUpdate(Period.FromDays(-1)));
        Assert.Throws<ArgumentException>(() => RagRules.StaleUpdate(Period.FromHours(12)));
    }

    // Complete but not GREEN, and the reverse cases

    [Theory]
    [InlineData(RagStatus.Amber, "Complete", true)]
    [InlineData(RagStatus.Red, "Completed annually", true)]
    [InlineData(RagStatus.Amber, "Complete Review 2025", true)]
    [InlineData(RagStatus.Green, "Complete", false)]
    [InlineData(RagStatus.Amber, "Ongoing", false)]
    public void A_complete_target_that_is_not_green_is_expected_green(RagStatus rag, string target, bool expected)
    {
        var finding = RagRules.CompleteButNotGreen().Evaluate(Make("2.3", rag, target), Date(2024, 1, 31));
        Assert.Equal(expected, finding is not null);
        Assert.True(finding is null || finding.ExpectedRag == RagStatus.Green);
    }

    [Theory]
    [InlineData("TBC", true)]
    [InlineData("", true)]
    [InlineData("Ongoing", false)]
    [InlineData("Complete", false)]
    public void A_green_deliverable_without_a_date_gets_a_warning(string target, bool expected)
    {
        Assert.Equal(expected, RagRules.GreenWithoutDate().Evaluate(Make("4.5", RagStatus.Green, target), Date(2024, 1, 31)) is not null);
    }

    [Fact]
    public void A_green_deliverable_is_noted_before_its_deadline_day_but_not_on_it()
    {
        var rule = RagRules.GreenBeforeDeadline();
        var subject = Make("1.1", RagStatus.Green, "31/03/2024");
        Assert.Equal(Severity.Info, rule.Evaluate(subject, Date(2024, 3, 30))!.Finding.Severity);
        Assert.Null(rule.Evaluate(subject, Date(2024, 3, 31)));
    }

    // Not rated

    [Fact]
    public void A_deliverable_without_a_rag_is_not_rated_and_a_rated_one_is_not()
    {
        Assert.NotNull(RagRules.NotRated().Evaluate(Make("3.3", RagStatus.NotRated, "Complete Review 2025"), Date(2024, 1, 31)));
        Assert.Null(RagRules.NotRated().Evaluate(Make("3.3", RagStatus.Green, "Complete Review 2025"), Date(2024, 1, 31)));
    }

    // Review due

    [Fact]
    public void A_review_is_due_the_day_after_its_review_date()
    {
        var rule = RagRules.ReviewDue();
        var subject = Make("1.8", RagStatus.Green, "Complete Review 31/03/2024");
        Assert.Null(rule.Evaluate(subject, Date(2024, 3, 31)));
        Assert.Contains("review date of 31 March 2024 has passed", rule.Evaluate(subject, Date(2024, 4, 1))!.Finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_in_rules_have_unique_stable_ids_titles_and_templates()
    {
        var rules = RagRules.All();
        Assert.Equal(
            ["rag.deadline.missed", "rag.target.no-date", "rag.update.stale", "rag.complete.not-green", "rag.green.no-date", "rag.green.before-deadline", "rag.not-rated", "rag.review.due"],
            rules.Select(r => r.Id));
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Title)));
        Assert.All(rules, r => Assert.Contains("{code}", r.Template, StringComparison.Ordinal));
    }
}
