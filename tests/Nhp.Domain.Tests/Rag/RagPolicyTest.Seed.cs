using Nhp.Datasets.CityOfLondon;
using Nhp.Datasets;
using Nhp.Delivery;
using Nhp.Rag;
using NodaTime;

namespace Nhp.Domain.Tests.Rag;

// The built-in policy against the January 2024 delivery plan (seed 000), all 55 deliverables.
public sealed partial class RagPolicyTest
{
    private static readonly string[] DeadlineApril2024 = ["0.3", "1.9", "3.6", "4.1"];
    private static readonly string[] ToBeConfirmed = ["2.5", "3.11", "4.6", "4.8", "4.9", "4.10"];

    private static readonly Lazy<DeliveryPlan> SeedPlan = new(() =>
    {
        using var reader = EmbeddedResources.Open(EmbeddedResources.DeliveryPlanJanuary2024);
        return PlanText.Read(reader, "plan.txt", new PlanImportOptions { KnownObjectives = CityOfLondonDataset.StrategyObjectives2023 }).Value!;
    });

    internal static DeliveryPlan January2024Plan => SeedPlan.Value;

    private static string[] DeadlineMissedOn(LocalDate asOf) =>
        [.. RagPolicy.Default.Evaluate(January2024Plan, asOf).Findings.Where(f => f.RuleId == RagRules.DeadlineMissedId).Select(f => f.Subject)];

    [Fact]
    public void On_31_March_2024_no_deliverable_of_the_January_2024_plan_is_expected_red_because_of_its_deadline()
    {
        var evaluation = RagPolicy.Default.Evaluate(January2024Plan, new LocalDate(2024, 3, 31));
        Assert.Equal(55, evaluation.Judgements.Count);
        Assert.Empty(DeadlineMissedOn(new LocalDate(2024, 3, 31)));
        Assert.Empty(evaluation.TurnedRed);
    }

    [Fact]
    public void On_1_April_2024_exactly_0_3_1_9_3_6_and_4_1_are_expected_red_because_their_deadline_passed()
    {
        var evaluation = RagPolicy.Default.Evaluate(January2024Plan, new LocalDate(2024, 4, 1));
        Assert.Equal(DeadlineApril2024, DeadlineMissedOn(new LocalDate(2024, 4, 1)));
        Assert.Equal(DeadlineApril2024, evaluation.TurnedRed.Select(j => j.Subject.Subject));
    }

    [Fact]
    public void On_1_January_2025_the_end_2024_deliverables_1_10_and_3_4_join_them()
    {
        Assert.Equal(["0.3", "1.9", "1.10", "3.4", "3.6", "4.1"], DeadlineMissedOn(new LocalDate(2025, 1, 1)));
        Assert.Equal(DeadlineApril2024, DeadlineMissedOn(new LocalDate(2024, 12, 31)));
    }

    [Theory]
    [InlineData("2024-01-31")]
    [InlineData("2024-03-31")]
    [InlineData("2024-04-01")]
    [InlineData("2025-01-01")]
    [InlineData("2030-06-15")]
    public void The_six_TBC_amber_deliverables_carry_the_no_date_warning_at_every_date(string date)
    {
        var asOf = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        var warned = RagPolicy.Default.Evaluate(January2024Plan, asOf).Findings.Where(f => f.RuleId == RagRules.NoTargetDateId).ToArray();
        Assert.Equal(ToBeConfirmed, warned.Select(f => f.Subject));
        Assert.All(warned, f => Assert.Equal((RagStatus.Amber, RagStatus.Amber, Nhp.Findings.Severity.Warning), (f.ReportedRag, f.ExpectedRag, f.Finding.Severity)));
    }

    [Fact]
    public void On_1_April_2024_every_finding_on_all_55_deliverables_is_as_worked_out_by_hand_from_the_plan()
    {
        // GREEN deliverables with past dates (0.1, 0.2, 1.1, 1.2, 1.4, 1.13, 2.8, 3.7, 3.10, 4.11) are complete or
        // established by the key, so they are not late; AMBER 'Ongoing' work has no deadline; 1.8's review date
        // (31/03/2024) has passed; the update (January 2024, taken as 31 January) is not yet three months old.
        var findings = RagPolicy.Default.Evaluate(January2024Plan, new LocalDate(2024, 4, 1)).Findings.Select(f => (f.Subject, f.RuleId));
        Assert.Equal(
            [
                ("0.3", RagRules.DeadlineMissedId),
                ("1.8", RagRules.ReviewDueId),
                ("1.9", RagRules.DeadlineMissedId),
                ("2.5", RagRules.NoTargetDateId),
                ("3.6", RagRules.DeadlineMissedId),
                ("3.11", RagRules.NoTargetDateId),
                ("4.1", RagRules.DeadlineMissedId),
                ("4.6", RagRules.NoTargetDateId),
                ("4.8", RagRules.NoTargetDateId),
                ("4.9", RagRules.NoTargetDateId),
                ("4.10", RagRules.NoTargetDateId),
            ],
            findings);
    }

    [Fact]
    public void On_the_paper_date_the_green_deliverables_due_on_31_March_are_noted_as_green_ahead_of_their_deadline()
    {
        var noted = RagPolicy.Default.Evaluate(January2024Plan, new LocalDate(2024, 2, 22)).Findings
            .Where(f => f.RuleId == RagRules.GreenBeforeDeadlineId).Select(f => f.Subject);
        Assert.Equal(["1.1", "1.13", "2.8", "3.10"], noted);
    }

    [Fact]
    public void The_January_2024_update_is_stale_from_1_May_2024_under_the_default_three_months()
    {
        Assert.DoesNotContain(RagPolicy.Default.Evaluate(January2024Plan, new LocalDate(2024, 4, 30)).Findings, f => f.RuleId == RagRules.StaleUpdateId);
        Assert.Equal(55, RagPolicy.Default.Evaluate(January2024Plan, new LocalDate(2024, 5, 1)).Findings.Count(f => f.RuleId == RagRules.StaleUpdateId));
    }

    [Theory]
    [InlineData("2024-02-22")]
    [InlineData("2024-04-01")]
    [InlineData("2025-01-01")]
    public void Every_finding_names_the_deliverable_the_rule_and_the_dates_in_a_sentence(string date)
    {
        var asOf = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        var titles = RagPolicy.Default.Rules.ToDictionary(r => r.Id, r => r.Title);
        var evaluation = RagPolicy.Default.Evaluate(January2024Plan, asOf);
        Assert.NotEmpty(evaluation.Findings);
        foreach (var judgement in evaluation.Judgements)
        {
            foreach (var f in judgement.Findings)
            {
                var message = f.Finding.Message;
                Assert.StartsWith(titles[f.RuleId] + " (as at " + asOf.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) + "): ", message, StringComparison.Ordinal);
                Assert.Contains("deliverable " + f.Subject + " ", message, StringComparison.Ordinal);
                Assert.EndsWith(".", message, StringComparison.Ordinal);
                if (judgement.Subject.Target.Deadline is { } deadline && f.RuleId is RagRules.DeadlineMissedId or RagRules.GreenBeforeDeadlineId)
                {
                    Assert.Contains(deadline.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), message, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Which_deliverables_turn_red_in_the_next_days_is_one_call()
    {
        var march = RagPolicy.Default.DueToTurnRed(RagSubject.Latest(January2024Plan), new LocalDate(2024, 3, 1), 31);
        Assert.Equal(DeadlineApril2024, march.Select(t => t.Subject.Subject));
        Assert.All(march, t => Assert.Equal(new LocalDate(2024, 4, 1), t.On));
        var december = RagPolicy.Default.DueToTurnRed(RagSubject.Latest(January2024Plan), new LocalDate(2024, 12, 1), 31);
        Assert.Equal(["1.10", "3.4"], december.Select(t => t.Subject.Subject));
        Assert.All(december, t => Assert.Equal(new LocalDate(2025, 1, 1), t.On));
    }

    [Fact]
    public void As_a_FluentValidation_plan_validator_the_failures_on_1_April_2024_name_the_rule_and_deliverable()
    {
        var result = RagPolicy.Default.ToPlanValidator(new LocalDate(2024, 4, 1)).Validate(January2024Plan);
        var errors = result.Errors.Where(e => e.Severity == FluentValidation.Severity.Error).ToArray();
        Assert.Equal(["Deliverables[0.3]", "Deliverables[1.9]", "Deliverables[3.6]", "Deliverables[4.1]"], errors.Select(e => e.PropertyName));
        Assert.All(errors, e => Assert.Equal(RagRules.DeadlineMissedId, e.ErrorCode));
        Assert.True(RagPolicy.Default.ToPlanValidator(new LocalDate(2024, 3, 31)).Validate(January2024Plan).Errors.All(e => e.Severity != FluentValidation.Severity.Error));
    }

    [Fact]
    public void The_update_month_becomes_its_last_day_as_the_update_date()
    {
        var subject = RagSubject.Latest(January2024Plan).Single(s => s.Subject == "0.3");
        Assert.Equal((RagStatus.Amber, "31/03/2024", new LocalDate(2024, 1, 31)), (subject.Reported, subject.Target.Text, subject.UpdatedOn!.Value));
    }
}
