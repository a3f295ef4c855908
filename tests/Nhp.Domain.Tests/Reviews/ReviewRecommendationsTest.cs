using Nhp.Findings;
using Nhp.Frameworks;
using Nhp.Governance;
using Nhp.Governance.Inspections;
using Nhp.Reviews;
using NodaTime;

namespace Nhp.Domain.Tests.Reviews;

/// <summary>A review's recommendations tracked with the inspection action register's status and reconciliation.</summary>
public sealed class ReviewRecommendationsTest
{
    private static readonly LocalDate Accepted = new(2023, 5, 2);

    // Six recommendations accepted 2 May 2023; three closed by 31 March 2024 (30 November, 15 February, 19 January).
    private static ReviewRecommendations Register => new()
    {
        Review = "Neighbourhood Policing Review",
        Accepted = Accepted,
        AcceptedText = "May 2023",
        AsOf = new LocalDate(2024, 3, 31),
        PrintedCount = new PrintedFigure(6, "The review made six recommendations"),
        Recommendations =
        [
            new() { Id = "1", Pillar = "Visibility", Owner = "A", Closed = new LocalDate(2023, 11, 30) },
            new() { Id = "2", Pillar = "Visibility", Owner = "B", Closed = new LocalDate(2024, 2, 15) },
            new() { Id = "3", Pillar = "Engagement", Owner = "C" },
            new() { Id = "4", Pillar = "Problem Solving", Owner = "D", Closed = new LocalDate(2024, 1, 19) },
            new() { Id = "5", Pillar = "Problem Solving", Owner = "E" },
            new() { Id = "6", Pillar = "Community Resilience", Owner = "F", Raised = new LocalDate(2023, 9, 1) },
        ],
    };

    [Fact]
    public void Recommendations_are_actions_of_the_review_raised_when_accepted_unless_dated()
    {
        var update = Register.AsActions();
        Assert.Equal(("Neighbourhood Policing Review", Accepted, "May 2023", new LocalDate(2024, 3, 31)), (update.Title, update.Start, update.StartText, update.AsOf));
        var actions = update.Register!.Actions;
        Assert.All(actions, a => Assert.Equal((ActionKind.Recommendation, ActionScope.ForceSpecific, "Neighbourhood Policing Review"), (a.Kind, a.Scope, a.Inspection)));
        Assert.Equal([Accepted, Accepted, Accepted, Accepted, Accepted, new LocalDate(2023, 9, 1)], actions.Select(a => a.Raised));
    }

    [Fact]
    public void Open_and_the_movement_are_counted_as_the_action_register_counts_them()
    {
        // Open at 2 May 2023: 1 to 5 (6 is raised on 1 September). New since: 6. Closed since: 1, 2 and 4. Open now: 3, 5, 6.
        Assert.Equal(["3", "5", "6"], Register.Open.Select(r => r.Id));
        Assert.Equal(new ActionMovement(5, 1, 3, 3), Register.AsActions().RegisterMovement);
    }

    [Fact]
    public void A_register_that_agrees_with_the_paper_has_no_findings()
    {
        FindingsAre(RecommendationRules.Check(Register));
        FindingsAre(RecommendationRules.Check(Register, KnownFrameworks.FourPillars));
    }

    [Fact]
    public void Printed_progress_that_does_not_reconcile_is_found_with_the_inspection_action_checks()
    {
        // Printed: 6 open in May 2023 + 0 new − 3 closed = 3, but 4 printed as open now; the register gives 3 open
        // (and 5 open at the start, 1 new).
        var register = Register with
        {
            Printed = new PrintedActionSummary
            {
                OpenAtStart = new PrintedFigure(6, "six open in May 2023"),
                New = new PrintedFigure(0, "none added"),
                Closed = new PrintedFigure(3, "three completed"),
                OpenAtEnd = new PrintedFigure(4, "four remain open"),
            },
        };
        var findings = RecommendationRules.Check(register);
        Assert.Contains(findings, f => f.RuleId == GovernanceRules.ActionTotalsDoNotReconcile && f.Message.Contains("6 open in May 2023 + 0 new \u2212 3 closed = 3, but 4", StringComparison.Ordinal));
        Assert.Equal(
            ["open-at-start", "new", "open"],
            findings.Where(f => f.RuleId == GovernanceRules.ActionPrintedDiffersFromRegister).Select(f => f.Field!));
    }

    [Fact]
    public void An_open_recommendation_without_an_owner_and_a_repeated_number_are_found()
    {
        var register = Register with { Recommendations = [.. Register.Recommendations.Select(r => r.Id == "5" ? r with { Owner = null } : r), new ReviewRecommendation { Id = "1", Pillar = "Visibility", Owner = "G" }] };
        var findings = RecommendationRules.Check(register);
        Assert.Contains(findings, f => f.RuleId == GovernanceRules.ActionWithoutOwner && f.Subject == "5");
        Assert.Contains(findings, f => f.RuleId == GovernanceRules.ActionIdRepeated);
        Assert.Contains(findings, f => f.RuleId == RecommendationRules.CountDiffers && f.Severity == Severity.Warning && f.Message.Contains("made 6 recommendations", StringComparison.Ordinal) && f.Message.Contains("lists 7", StringComparison.Ordinal));
    }

    [Fact]
    public void A_register_of_the_number_only_is_a_note_not_a_warning()
    {
        var finding = Assert.Single(RecommendationRules.Check(Register with { PrintedCount = new PrintedFigure(31, "included 31 recommendations"), Recommendations = [] }));
        Assert.Equal((RecommendationRules.CountDiffers, Severity.Info), (finding.RuleId, finding.Severity));
        Assert.Contains("made 31 recommendations (\"included 31 recommendations\"), but the register lists 0", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pillar_the_framework_does_not_have_is_named_with_the_framework_s_pillars()
    {
        var register = Register with { Recommendations = [new ReviewRecommendation { Id = "1", Pillar = "Resilience", Owner = "A" }], PrintedCount = null };
        var finding = Assert.Single(RecommendationRules.Check(register, KnownFrameworks.FourPillars));
        Assert.Equal(RecommendationRules.PillarUnknown, finding.RuleId);
        Assert.EndsWith("its pillars are Visibility, Engagement, Problem Solving, Community Resilience.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void What_is_written_reads_back_the_same()
    {
        var register = Register with
        {
            Source = "Report",
            Start = Accepted,
            StartText = "May 2023",
            Printed = new PrintedActionSummary { OpenAtEnd = new PrintedFigure(3, "three remain open") },
        };
        var json = ReviewRecommendationsJson.Write(register);
        var back = ReviewRecommendationsJson.Read(new StringReader(json), "recommendations.json");
        Assert.Empty(back.Findings);
        Assert.Equal(json, ReviewRecommendationsJson.Write(back.Value!));
        Assert.StartsWith("{\n  \"format\": \"nhp-review-recommendations\",\n  \"version\": 1,", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recommendation_that_cannot_be_read_is_left_out_with_a_finding()
    {
        const string json = "{ \"format\": \"nhp-review-recommendations\", \"version\": 1, \"review\": \"R\", \"accepted\": \"2015-04-01\", \"asOf\": \"2016-06-17\", \"recommendations\": [ { \"id\": \"1\" }, { \"pillar\": \"Visibility\" } ] }";
        var result = ReviewRecommendationsJson.Read(new StringReader(json), "r.json");
        Assert.Equal(["1"], result.Value!.Recommendations.Select(r => r.Id));
        Assert.Equal(RecommendationImportRules.ItemInvalid, Assert.Single(result.Findings).RuleId);
    }

    private static void FindingsAre(IReadOnlyList<Finding> findings, params string[] ids) =>
        Assert.Equal(ids, findings.Select(f => f.RuleId));
}
