using Nhp.Engagement;
using Nhp.Findings;
using Nhp.Frameworks;
using Nhp.Governance;
using Nhp.Policing;
using Nhp.ProblemSolving;
using Nhp.Reviews;
using NodaTime;

namespace Nhp.Domain.Tests.Rules;

/// <summary>Fire and quiet examples of the problem-solving, framework, policing model and review recommendation rules.</summary>
internal static class OrganisationExamples
{
    private static readonly LocalDate AsOf = new(2024, 3, 31);

    public static IEnumerable<KeyValuePair<string, (Func<IEnumerable<Finding>> Failing, Func<IEnumerable<Finding>> Passing)>> All =>
    [
        // Problem solving: a register at 31 March 2024 reviewed every 3 months.
        Case(ProblemSolvingRules.PlanInvalid, () => Ps(Plan("PS-1"), Plan("PS-1")), () => Ps(Plan("PS-1"), Plan("PS-2"))),
        Case(ProblemSolvingRules.OwnerMissing, () => Ps(Plan("PS-1") with { Owner = " " }), () => Ps(Plan("PS-1"))),
        // Last reviewed 30 December 2023: due 30 March 2024, overdue on the 31st. Reviewed 31 December: due on the 31st, not overdue.
        Case(ProblemSolvingRules.ReviewOverdue, () => Ps(Plan("PS-1") with { Reviews = [new(2023, 12, 30)] }), () => Ps(Plan("PS-1") with { Reviews = [new(2023, 12, 31)] })),
        // A response of 31 December 2023 has been in place 3 months by 31 March 2024; one of 1 January 2024 has not.
        Case(ProblemSolvingRules.ResponseUnassessed, () => Ps(Plan("PS-1") with { Stages = [Stage(ProblemSolvingStage.Response, 2023, 12, 31)] }), () => Ps(Plan("PS-1") with { Stages = [Stage(ProblemSolvingStage.Response, 2024, 1, 1)] })),
        Case(ProblemSolvingRules.ClosedUnevaluated, () => Ps(Plan("PS-1") with { Status = ProblemSolvingStatus.Closed }), () => Ps(Plan("PS-1") with { Status = ProblemSolvingStatus.Closed, Evaluation = "Thefts fell from 40 to 12 a quarter." })),

        // Frameworks: one pillar with one statement, rated on the default scale.
        Case(FrameworkRules.DefinitionInvalid, () => Fw(Framework with { Pillars = [] }), () => Fw(Framework)),
        Case(FrameworkRules.StatementUnknown, () => Fw(Framework, Rating("X9", "developing", "e")), () => Fw(Framework, Rating("V1", "developing", "e"))),
        Case(FrameworkRules.LevelUnknown, () => Fw(Framework, Rating("V1", "excellent", "e")), () => Fw(Framework, Rating("V1", "embedded", "e"))),
        Case(FrameworkRules.EvidenceMissing, () => Fw(Framework, Rating("V1", "developing", null)), () => Fw(Framework, Rating("V1", "not started", null))),
        Case(FrameworkRules.Unrated, () => Fw(Framework with { Pillars = [Pillar("V1", "V2")] }, Rating("V1", "developing", "e")), () => Fw(Framework, Rating("V1", "developing", "e"))),
        Case(FrameworkRules.ProgressPillarUnknown,
            () => FrameworkRules.Check(new FrameworkAssessments { Framework = Framework, Progress = [new PillarProgress { Pillar = "Visiblity", Text = "Patrol plans use demand data." }] }),
            () => FrameworkRules.Check(new FrameworkAssessments { Framework = Framework, Progress = [new PillarProgress { Pillar = "visibility", Text = "Patrol plans use demand data." }] })),

        // Review recommendations: a review that made 2 recommendations, accepted 1 April 2015, as at 17 June 2016.
        Case(RecommendationRules.CountDiffers, () => Rec(Recommendation("1")), () => Rec(Recommendation("1"), Recommendation("2"))),
        Case(RecommendationRules.PillarMissing, () => Rec(Recommendation("1"), Recommendation("2") with { Pillar = null }), () => Rec(Recommendation("1"), Recommendation("2"))),
        Case(RecommendationRules.PillarUnknown,
            () => RecommendationRules.Check(Register(Recommendation("1") with { Pillar = "Visiblity" }), Framework),
            () => RecommendationRules.Check(Register(Recommendation("1") with { Pillar = "VISIBILITY" }), Framework)),

        // Policing model: PCSOs 4 of 5 is a gap, 5 of 5 is not.
        Case(PolicingModelRules.StructureInvalid, () => Pm(Model with { Units = [new PolicingUnit { Name = "Hub", Sector = "North" }] }), () => Pm(Model with { Units = [new PolicingUnit { Name = "Hub", Sector = "East" }] })),
        Case(PolicingModelRules.WardUnmapped, () => Pm(Model with { Places = Places(["Aldgate"], ["Aldgate", "Bishopsgate"]) }), () => Pm(Model with { Places = Places(["Aldgate", "Bishopsgate"], ["Aldgate", "Bishopsgate"]) })),
        Case(PolicingModelRules.BelowEstablishment, () => Pm(Model with { Units = [Pcsos(5, 4)] }), () => Pm(Model with { Units = [Pcsos(5, 5)] })),
        Case(PolicingModelRules.ResultInvalid, () => Pm(Model with { Results = [Result(-1)] }), () => Pm(Model with { Results = [Result(294)] })),
        Case(PolicingModelRules.EngagementClustersDiffer,
            () => PolicingModelRules.Check(Model with { Places = Places(["Aldgate"], ["Aldgate"]) }, Engagement(new Cluster { Name = "Portsoken", Wards = ["Aldgate"] })),
            () => PolicingModelRules.Check(Model with { Places = Places(["Aldgate"], ["Aldgate"]) }, Engagement(new Cluster { Name = "Bank", Wards = ["Aldgate"] }))),
    ];

    private static ReviewRecommendation Recommendation(string id) => new() { Id = id, Pillar = "Visibility", Owner = "Head of Neighbourhood Policing" };

    private static ReviewRecommendations Register(params ReviewRecommendation[] recommendations) => new()
    {
        Review = "Neighbourhood Policing Review",
        Accepted = new LocalDate(2015, 4, 1),
        AsOf = new LocalDate(2016, 6, 17),
        PrintedCount = new PrintedFigure(2, "made 2 recommendations"),
        Recommendations = recommendations,
    };

    private static IEnumerable<Finding> Rec(params ReviewRecommendation[] recommendations) => RecommendationRules.Check(Register(recommendations));

    private static Framework Framework => new() { Name = "F", Pillars = [Pillar("V1")] };

    private static PolicingModel Model => new() { Name = "Sector model", AsOf = new LocalDate(2021, 6, 22), Places = new PlaceConfiguration { Sectors = ["East", "West"] } };

    private static KeyValuePair<string, (Func<IEnumerable<Finding>>, Func<IEnumerable<Finding>>)> Case(string id, Func<IEnumerable<Finding>> failing, Func<IEnumerable<Finding>> passing) => new(id, (failing, passing));

    private static ProblemSolvingPlan Plan(string reference) => new()
    {
        Reference = reference,
        Title = "Cycle theft at the station",
        Owner = "Sergeant, East sector",
        Opened = new LocalDate(2024, 1, 1),
        Reviews = [new LocalDate(2024, 3, 1)],
    };

    private static StageRecord Stage(ProblemSolvingStage stage, int year, int month, int day) => new(stage, "Text.", new LocalDate(year, month, day));

    private static IEnumerable<Finding> Ps(params ProblemSolvingPlan[] plans) => ProblemSolvingRules.Check(new ProblemSolvingRegister { AsOf = AsOf, Plans = plans });

    private static Pillar Pillar(params string[] ids) => new() { Name = "Visibility", Statements = [.. ids.Select(id => new FrameworkStatement(id, "Statement " + id))] };

    private static StatementRating Rating(string id, string level, string? evidence) => new(id, level, evidence);

    private static IEnumerable<Finding> Fw(Framework framework, params StatementRating[] ratings) => FrameworkRules.Check(new FrameworkAssessments
    {
        Framework = framework,
        Assessments = [new SelfAssessment { Unit = "Reading LPA", Date = new LocalDate(2016, 6, 17), Ratings = ratings }],
    });

    private static IEnumerable<Finding> Pm(PolicingModel model) => PolicingModelRules.Check(model);

    private static PlaceConfiguration Places(string[] clustered, string[] wards) => new()
    {
        Wards = [.. wards.Select(w => new Ward { Name = w })],
        Sectors = ["East", "West"],
        Clusters = [new Cluster { Name = "Bank", Sector = "East", Wards = clustered }],
    };

    private static PolicingUnit Pcsos(int establishment, int strength) => new() { Name = "PCSOs", Staffing = [new Staffing("PCSO", establishment, strength)] };

    private static ActivityResult Result(int count) => new() { Activity = "Stop and searches", Count = count, Since = new LocalDate(2020, 10, 5), AsOf = new LocalDate(2021, 6, 22) };

    private static EngagementData Engagement(Cluster cluster) => new()
    {
        AsOf = new LocalDate(2024, 11, 26),
        Model = new PanelModel { FirstYearStarts = new YearMonth(2024, 11), MeetingsPerClusterPerYear = 2 },
        Places = new PlaceConfiguration { Wards = [new Ward { Name = "Aldgate" }], Clusters = [cluster] },
    };
}
