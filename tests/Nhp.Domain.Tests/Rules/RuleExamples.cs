using Nhp.Delivery;
using Nhp.Engagement;
using Nhp.Findings;
using Nhp.Integrity;
using Nhp.Metrics;
using Nhp.Periods;
using Nhp.Rag;
using NodaTime;

namespace Nhp.Domain.Tests.Rules;

/// <summary>
/// For every rule id of the checked areas, an input that makes the rule fire and one that is fine. Adding a rule to
/// the catalog without adding it here fails <see cref="RuleCatalogTest"/>.
/// </summary>
internal static class RuleExamples
{
    public static IReadOnlyDictionary<string, (Func<IEnumerable<Finding>> Failing, Func<IEnumerable<Finding>> Passing)> All { get; } =
        new Dictionary<string, (Func<IEnumerable<Finding>>, Func<IEnumerable<Finding>>)>(StringComparer.Ordinal)
        {
            // Delivery
            [PlanRules.NoDeliverables] = (() => Plan(new DeliveryPlan { Objectives = [] }), () => Plan(PlanOf(Deliverable("1.1")))),
            [PlanRules.ObjectiveNumberUnique] = (
                () => Plan(new DeliveryPlan { Objectives = [Objective(1, Deliverable("1.1")), Objective(1, Deliverable("1.2"))] }),
                () => Plan(new DeliveryPlan { Objectives = [Objective(1, Deliverable("1.1")), Objective(2, Deliverable("2.1"))] })),
            [PlanRules.ObjectiveTitleRequired] = (
                () => Plan(new DeliveryPlan { Objectives = [Objective(1, Deliverable("1.1")) with { Title = " " }] }),
                () => Plan(PlanOf(Deliverable("1.1")))),
            [PlanRules.CodeUnique] = (() => Plan(PlanOf(Deliverable("1.1"), Deliverable("1.1"))), () => Plan(PlanOf(Deliverable("1.1"), Deliverable("1.2")))),
            [PlanRules.CodeMatchesObjective] = (
                () => Plan(new DeliveryPlan { Objectives = [Objective(2, Deliverable("3.3"))] }),
                () => Plan(new DeliveryPlan { Objectives = [Objective(3, Deliverable("3.3"))] })),
            [PlanRules.CommitmentRequired] = (() => Plan(PlanOf(Deliverable("1.1") with { Commitment = "" })), () => Plan(PlanOf(Deliverable("1.1")))),
            [PlanRules.UpdateRequired] = (() => Plan(PlanOf(Deliverable("1.1") with { Updates = [] })), () => Plan(PlanOf(Deliverable("1.1")))),
            [PlanRules.UpdateOrder] = (
                () => Plan(PlanOf(Deliverable("1.1") with { Updates = [Update(2024, 3), Update(2024, 1)] })),
                () => Plan(PlanOf(Deliverable("1.1") with { Updates = [Update(2024, 1), Update(2024, 3)] }))),
            [PlanRules.SummaryRequired] = (() => Plan(PlanOf(Deliverable("1.1", summary: " "))), () => Plan(PlanOf(Deliverable("1.1")))),
            [PlanRules.RagRequired] = (() => Plan(PlanOf(Deliverable("1.1", rag: RagStatus.NotRated))), () => Plan(PlanOf(Deliverable("1.1")))),
            [PlanRules.TargetRequired] = (() => Plan(PlanOf(Deliverable("1.1", target: ""))), () => Plan(PlanOf(Deliverable("1.1", target: "TBC")))),
            [PlanRules.TargetRecognised] = (() => Plan(PlanOf(Deliverable("1.1", target: "31/02/2024"))), () => Plan(PlanOf(Deliverable("1.1", target: "29/02/2024")))),

            // RAG
            [RagRules.DeadlineMissedId] = (() => Rag(RagStatus.Amber, "31/03/2024", 2024, 4, 1), () => Rag(RagStatus.Amber, "31/03/2024", 2024, 3, 31)),
            [RagRules.NoTargetDateId] = (() => Rag(RagStatus.Amber, "TBC", 2024, 2, 1), () => Rag(RagStatus.Amber, "Ongoing", 2024, 2, 1)),
            [RagRules.StaleUpdateId] = (() => Rag(RagStatus.Amber, "Ongoing", 2024, 5, 1), () => Rag(RagStatus.Amber, "Ongoing", 2024, 4, 30)),
            [RagRules.CompleteButNotGreenId] = (() => Rag(RagStatus.Amber, "Complete", 2024, 2, 1), () => Rag(RagStatus.Green, "Complete", 2024, 2, 1)),
            [RagRules.GreenWithoutDateId] = (() => Rag(RagStatus.Green, "TBC", 2024, 2, 1), () => Rag(RagStatus.Green, "Ongoing", 2024, 2, 1)),
            [RagRules.GreenBeforeDeadlineId] = (() => Rag(RagStatus.Green, "31/03/2024", 2024, 3, 30), () => Rag(RagStatus.Green, "31/03/2024", 2024, 3, 31)),
            [RagRules.NotRatedId] = (() => Rag(RagStatus.NotRated, "Ongoing", 2024, 2, 1), () => Rag(RagStatus.Green, "Ongoing", 2024, 2, 1)),
            [RagRules.ReviewDueId] = (() => Rag(RagStatus.Green, "Complete Review 31/03/2024", 2024, 4, 1), () => Rag(RagStatus.Green, "Complete Review 31/03/2024", 2024, 3, 31)),

            // Crime data integrity
            [CdiRules.PeriodEmpty] = (() => Cdi(new CdiReview("Review") with { SamplingPeriod = new SamplingPeriod(" ") }), () => Cdi(new CdiReview("Review") with { SamplingPeriod = new SamplingPeriod("Q3") })),
            [CdiRules.PeriodReversed] = (
                () => Cdi(new CdiReview("Review") with { SamplingPeriod = new SamplingPeriod("Summer") { Start = new LocalDate(2023, 9, 1), End = new LocalDate(2023, 7, 1) } }),
                () => Cdi(new CdiReview("Review") with { SamplingPeriod = new SamplingPeriod("Summer") { Start = new LocalDate(2023, 7, 1), End = new LocalDate(2023, 9, 1) } })),
            [CdiRules.AuditCountNegative] = (() => Cdi(new CdiReview("Review") with { Categories = [Audit(-1, 0)] }), () => Cdi(new CdiReview("Review") with { Categories = [Audit(1, 0)] })),
            [CdiRules.NothingDisclosed] = (() => Cdi(new CdiReview("Review") with { Categories = [Audit(0, 0)] }), () => Cdi(new CdiReview("Review") with { Categories = [Audit(1, 1)] })),
            [CdiRules.RecordedAboveDisclosed] = (() => Cdi(new CdiReview("Review") with { Categories = [Audit(40, 49)] }), () => Cdi(new CdiReview("Review") with { Categories = [Audit(49, 40)] })),
            [CdiRules.CategoryRepeated] = (
                () => Cdi(new CdiReview("Review") with { Categories = [Audit(10, 9), Audit(10, 9)] }),
                () => Cdi(new CdiReview("Review") with { Categories = [Audit(10, 9), new AuditResult(AuditCategory.N100, 10, 9)] })),
            [CdiRules.TimelinessNoFigure] = (() => Cdi(new CdiReview("Review") with { Timeliness = [new TimelinessPeriod("Q2")] }), () => Cdi(new CdiReview("Review") with { Timeliness = [TimelinessPeriod.FromCounts("Q2", 9, 10)] })),
            [CdiRules.TimelinessCountInvalid] = (
                () => Cdi(new CdiReview("Review") with { Timeliness = [new TimelinessPeriod("Q2") { WithinLimit = 12, Total = 10 }] }),
                () => Cdi(new CdiReview("Review") with { Timeliness = [new TimelinessPeriod("Q2") { WithinLimit = 10, Total = 12 }] })),
            [CdiRules.TimelinessPercentOutOfRange] = (
                () => Cdi(new CdiReview("Review") with { Timeliness = [TimelinessPeriod.FromPublishedPercent("Q2", 101m)] }),
                () => Cdi(new CdiReview("Review") with { Timeliness = [TimelinessPeriod.FromPublishedPercent("Q2", 100m)] })),
            [CdiRules.TimelinessPeriodRepeated] = (
                () => Cdi(new CdiReview("Review") with { Timeliness = [TimelinessPeriod.FromCounts("Q2", 9, 10), TimelinessPeriod.FromCounts("q2 ", 9, 10)] }),
                () => Cdi(new CdiReview("Review") with { Timeliness = [TimelinessPeriod.FromCounts("Q2", 9, 10), TimelinessPeriod.FromCounts("Q3", 9, 10)] })),
            [CdiRules.FlagCountNegative] = (
                () => Cdi(new CdiReview("Review") with { Flags = new FlagAudit("Q3", [new FlagAuditRow(CrimeFlag.Named("Hate"), 2, -1, 0)]) }),
                () => Cdi(new CdiReview("Review") with { Flags = new FlagAudit("Q3", [new FlagAuditRow(CrimeFlag.Named("Hate"), 2, 1, 0)]) })),
            [CdiRules.FlagRepeated] = (
                () => Cdi(new CdiReview("Review") with { Flags = new FlagAudit("Q3", [new FlagAuditRow(CrimeFlag.Named("Hate"), 1, 0, 0), new FlagAuditRow(CrimeFlag.Named("hate"), 2, 0, 0)]) }),
                () => Cdi(new CdiReview("Review") with { Flags = new FlagAudit("Q3", [new FlagAuditRow(CrimeFlag.Named("Hate"), 1, 0, 0), new FlagAuditRow(CrimeFlag.Named("Alcohol"), 2, 0, 0)]) })),
            [CdiRules.EqualityPercentOutOfRange] = (
                () => Cdi(new CdiReview("Review") with { EqualityData = [Equality(EqualityField.Ethnicity, -1m)] }),
                () => Cdi(new CdiReview("Review") with { EqualityData = [Equality(EqualityField.Ethnicity, 0m)] })),
            [CdiRules.EqualityFieldRepeated] = (
                () => Cdi(new CdiReview("Review") with { EqualityData = [Equality(EqualityField.Ethnicity, 90m), Equality(EqualityField.Ethnicity, 80m)] }),
                () => Cdi(new CdiReview("Review") with { EqualityData = [Equality(EqualityField.Ethnicity, 90m), Equality(EqualityField.Gender, 80m)] })),
            [CdiRules.RecommendationNumberInvalid] = (() => Cdi(new CdiReview("Review") with { Recommendations = [Recommendation(0)] }), () => Cdi(new CdiReview("Review") with { Recommendations = [Recommendation(1)] })),
            [CdiRules.RecommendationTextEmpty] = (() => Cdi(new CdiReview("Review") with { Recommendations = [Recommendation(1, text: "")] }), () => Cdi(new CdiReview("Review") with { Recommendations = [Recommendation(1)] })),
            [CdiRules.RecommendationNumberRepeated] = (
                () => Cdi(new CdiReview("Review") with { Recommendations = [Recommendation(1), Recommendation(1)] }),
                () => Cdi(new CdiReview("Review") with { Recommendations = [Recommendation(1), Recommendation(2)] })),
            [CdiRules.OverallReconciles] = (
                () => Cdi(new CdiReview("Review") with { StatedOverall = new AuditResult(AuditCategory.All, 20, 18), Categories = [Audit(10, 9)] }),
                () => Cdi(new CdiReview("Review") with { StatedOverall = new AuditResult(AuditCategory.All, 10, 9), Categories = [Audit(10, 9)] })),
            [CdiRules.AuditPublishedRateDiffers] = (
                () => Cdi(new CdiReview("Review") with { Categories = [Audit(10, 9) with { PublishedPercent = 80m }] }),
                () => Cdi(new CdiReview("Review") with { Categories = [Audit(10, 9) with { PublishedPercent = 90m }] })),
            [CdiRules.TimelinessPublishedRateDiffers] = (
                () => Cdi(new CdiReview("Review") with { Timeliness = [TimelinessPeriod.FromCounts("Q2", 9, 10) with { PublishedPercent = 80m }] }),
                () => Cdi(new CdiReview("Review") with { Timeliness = [TimelinessPeriod.FromCounts("Q2", 9, 10) with { PublishedPercent = 90m }] })),
            [CdiRules.TimescaleUnrecognised] = (() => Cdi(new CdiReview("Review") with { Recommendations = [Recommendation(1, "March 204")] }), () => Cdi(new CdiReview("Review") with { Recommendations = [Recommendation(1, "March 2024")] })),
            [CdiRules.TimescaleMissing] = (() => Cdi(new CdiReview("Review") with { Recommendations = [Recommendation(1, "")] }), () => Cdi(new CdiReview("Review") with { Recommendations = [Recommendation(1, "March 2024")] })),
            [CdiRules.TimelinessDuplicateId] = (
                () => Timeliness(new CrimeRecordTiming("A1", At(0), At(1)), new CrimeRecordTiming("A1", At(0), At(1))),
                () => Timeliness(new CrimeRecordTiming("A1", At(0), At(1)), new CrimeRecordTiming("A2", At(0), At(1)))),
            [CdiRules.TimelinessMissingInstant] = (() => Timeliness(new CrimeRecordTiming("A1", At(0), null)), () => Timeliness(new CrimeRecordTiming("A1", At(0), At(1)))),
            [CdiRules.TimelinessRecordedBeforeDisclosed] = (() => Timeliness(new CrimeRecordTiming("A1", At(2), At(1))), () => Timeliness(new CrimeRecordTiming("A1", At(1), At(2)))),

            // Performance: a satisfaction of 90% against a 95% target is missed; 96% meets it. A crime count rising
            // from 100 to 120 (lower is better) is a red up arrow; 100 to 90 is green.
            [PerformanceRules.TargetRag] = (() => Performance(MeasureUnit.Percentage, DirectionOfGood.Higher, 95m, 94m, 90m), () => Performance(MeasureUnit.Percentage, DirectionOfGood.Higher, 95m, 94m, 96m)),
            [PerformanceRules.TrendArrow] = (() => Performance(MeasureUnit.Count, DirectionOfGood.Lower, null, 100m, 120m), () => Performance(MeasureUnit.Count, DirectionOfGood.Lower, null, 100m, 90m)),
        }.Concat(EngagementExamples.All).Concat(OrganisationExamples.All).Concat(CommitteeExamples.All).Concat(GovernanceExamples.All).ToDictionary(StringComparer.Ordinal);

    private static IEnumerable<Finding> Performance(MeasureUnit unit, DirectionOfGood good, decimal? target, decimal q2, decimal q3)
    {
        var measure = new MeasureDefinition("m", "Measure", "The measure", "Definition.", "Counting rule.", unit, good, MeasureFrequency.Quarterly, "Priority", "Source", Target: target);
        var series = new MeasureSeries(measure, [new QuarterlyObservation(FinancialQuarter.Parse("Q2 2023/24"), q2), new QuarterlyObservation(FinancialQuarter.Parse("Q3 2023/24"), q3)]);
        return PerformanceRules.Check(new MeasureCheck(series, FinancialQuarter.Parse("Q3 2023/24")));
    }

    private static IEnumerable<Finding> Plan(DeliveryPlan plan) => PlanRules.Check(plan);

    private static StatusUpdate Update(int year, int month, string target = "Ongoing", RagStatus rag = RagStatus.Green, string summary = "Done.") =>
        new() { AsOf = new YearMonth(year, month), Summary = summary, Rag = rag, Target = Target.Parse(target) };

    private static Deliverable Deliverable(string code, string target = "Ongoing", RagStatus rag = RagStatus.Green, string summary = "Done.") => new()
    {
        Code = DeliverableCode.Parse(code),
        Commitment = "We will.",
        Updates = [Update(2024, 1, target, rag, summary)],
    };

    private static Objective Objective(int number, params Deliverable[] deliverables) => new() { Number = number, Title = "Objective", Deliverables = deliverables };

    private static DeliveryPlan PlanOf(params Deliverable[] deliverables) => new()
    {
        Objectives = [.. deliverables.GroupBy(d => d.Code.Objective).Select(g => Objective(g.Key, [.. g]))],
    };

    private static IEnumerable<Finding> Rag(RagStatus rag, string target, int year, int month, int day) =>
        RagPolicy.Default.RuleSet.Check(new RagCheck(
            new RagSubject(new DeliverableCode(1, 1), rag, Target.Parse(target), "Summary.", new LocalDate(2024, 1, 31)),
            new LocalDate(year, month, day)));

    private static IEnumerable<Finding> Cdi(CdiReview review) => CdiRules.Check(review);

    private static AuditResult Audit(int disclosed, int recorded) => new(AuditCategory.Violence, disclosed, recorded);

    private static EqualityFieldCompleteness Equality(EqualityField field, decimal percent) =>
        new(field, EqualityRecordingPolicy.Always) { StatedPercent = percent };

    private static Recommendation Recommendation(int number, string timescale = "March 2024", string text = "Do a thing.") =>
        new(number, text, "FCIR", Target.Parse(timescale));

    private static Instant At(int hours) => Instant.FromUtc(2024, 1, 1, 0, 0).Plus(Duration.FromHours(hours));

    private static IEnumerable<Finding> Timeliness(params CrimeRecordTiming[] records) =>
        TimelinessAnalysis.FromRecords(records, _ => "Q1").Findings;
}
