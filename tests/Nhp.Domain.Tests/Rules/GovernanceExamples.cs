using Nhp.Findings;
using Nhp.Governance;
using Nhp.Delivery;
using Nhp.Governance.Inspections;
using Nhp.Governance.Peel;
using Nhp.Governance.References;
using Nhp.Governance.Tables;
using Nhp.Governance.Workforce;
using NodaTime;

namespace Nhp.Domain.Tests.Rules;

// For each governance rule, an input that makes it fire and one that is fine.
internal static class GovernanceExamples
{
    public static IEnumerable<KeyValuePair<string, (Func<IEnumerable<Finding>> Failing, Func<IEnumerable<Finding>> Passing)>> All =>
        new Dictionary<string, (Func<IEnumerable<Finding>>, Func<IEnumerable<Finding>>)>(StringComparer.Ordinal)
        {
            // 200 + 57 - 142 = 115, not 109; 200 + 57 - 148 = 109.
            [GovernanceRules.ActionTotalsDoNotReconcile] = (() => Actions(Printed(200, 57, 142, 109)), () => Actions(Printed(200, 57, 148, 109))),
            [GovernanceRules.ActionSplitDoesNotAddUp] = (
                () => Actions(Printed(200, 57, 148, 109) with { OpenHistoric = Fig(58), OpenNew = Fig(50) }),
                () => Actions(Printed(200, 57, 148, 109) with { OpenHistoric = Fig(58), OpenNew = Fig(51) })),
            [GovernanceRules.ActionPrintedDiffersFromRegister] = (
                () => Actions(Printed(2, 1, 1, 2), Register(Action("A1"), Action("A2"), Action("A3", raised: new LocalDate(2023, 6, 1)))),
                () => Actions(Printed(2, 1, 0, 3), Register(Action("A1"), Action("A2"), Action("A3", raised: new LocalDate(2023, 6, 1))))),
            [GovernanceRules.ActionIdRepeated] = (() => Actions(null, Register(Action("A1"), Action("a1"))), () => Actions(null, Register(Action("A1"), Action("A2")))),
            [GovernanceRules.ActionClosedBeforeRaised] = (
                () => Actions(null, Register(Action("A1", closed: new LocalDate(2022, 12, 1)))),
                () => Actions(null, Register(Action("A1", closed: new LocalDate(2023, 12, 1))))),
            [GovernanceRules.TableTotalDiffers] = (() => Tables(Table() with { PrintedGrandTotal = 40 }), () => Tables(Table() with { PrintedGrandTotal = 41 })),
            [GovernanceRules.TablePercentageDiffers] = (
                () => Tables(Table() with { Percentages = new PercentageColumn("%", [24.4m, 75.5m], 1) }),
                () => Tables(Table() with { Percentages = new PercentageColumn("%", [24.4m, 75.6m], 1) })),
            [GovernanceRules.TableStatementCountDiffers] = (() => Tables(Table(), Statement(["Male"], 76, 30)), () => Tables(Table(), Statement(["Male"], 76, 31))),
            [GovernanceRules.TableStatementPercentageDiffers] = (() => Tables(Table(), Statement(["Male"], 70, 31)), () => Tables(Table(), Statement(["Male"], 76, 31))),
            [GovernanceRules.TableStatementUnchecked] = (() => Tables(Table(), Statement(["Men"], 76, 31)), () => Tables(Table(), Statement(["Male"], 76, 31))),
            [GovernanceRules.ReferencePastTarget] = (() => References(Reference("1/2023/P", "In Progress-target date set for January 2024.")), () => References(Reference("1/2023/P", "In Progress-target date set for April/May."))),
            [GovernanceRules.ReferenceWithoutOwner] = (() => References(Reference("1/2023/P", "In progress", owner: null)), () => References(Reference("1/2023/P", "In progress"))),
            [GovernanceRules.ReferenceStatusNotUnderstood] = (() => References(Reference("1/2023/P", "Awaiting report")), () => References(Reference("1/2023/P", "Complete- done."))),
            [GovernanceRules.ReferenceRepeated] = (
                () => References(Reference("10/2023/P", "Complete"), Reference("10/2023/ P", "Complete")),
                () => References(Reference("10/2023/P", "Complete"), Reference("11/2023/P", "Complete"))),
            [GovernanceRules.ActionWithoutOwner] = (() => Actions(null, Register(Action("A1") with { Owner = " " })), () => Actions(null, Register(Action("A1")))),

            // Areas for improvement
            [GovernanceRules.PeelIdRepeated] = (() => Peel(Area("afi-01"), Area("AFI-01")), () => Peel(Area("afi-01"), Area("afi-02"))),
            [GovernanceRules.PeelWithoutProgress] = (() => Peel(Area("afi-01") with { Progress = [] }), () => Peel(Area("afi-01"))),
            [GovernanceRules.PeelStatusNotUnderstood] = (() => Peel(Area("afi-01") with { Status = "Awaiting a report" }), () => Peel(Area("afi-01") with { Status = "In progress" })),
            [GovernanceRules.PeelActionUnknown] = (
                () => Peel(Register(Action("A1")), null, Area("afi-01") with { Actions = ["A2"] }),
                () => Peel(Register(Action("A1")), null, Area("afi-01") with { Actions = ["a1"] })),
            [GovernanceRules.PeelDeliverableUnknown] = (
                () => Peel(null, PlanOf(RagStatus.Amber), Area("afi-01") with { Deliverables = [DeliverableCode.Parse("1.2")] }),
                () => Peel(null, PlanOf(RagStatus.Amber), Area("afi-01") with { Deliverables = [DeliverableCode.Parse("1.1")] })),
            [GovernanceRules.PeelClosedWithWorkOpen] = (
                () => Peel(null, PlanOf(RagStatus.Amber), Area("afi-01") with { Status = "Met", Deliverables = [DeliverableCode.Parse("1.1")] }),
                () => Peel(null, PlanOf(RagStatus.Green), Area("afi-01") with { Status = "Met", Deliverables = [DeliverableCode.Parse("1.1")] })),

            // Workforce diversity
            [GovernanceRules.WorkforceFigureMissing] = (
                () => Workforce(Characteristic("Sex", ("Female", 30m), ("Male", null))),
                () => Workforce(Characteristic("Sex", ("Female", 30m), ("Male", 70m)))),
            // Two whole shares may be off by at most 1 through rounding: 30 + 68 = 98 is not, 30 + 69 = 99 is.
            [GovernanceRules.WorkforceSharesDoNotAddUp] = (
                () => Workforce(Characteristic("Sex", ("Female", 30m), ("Male", 68m))),
                () => Workforce(Characteristic("Sex", ("Female", 30m), ("Male", 69m)))),
            [GovernanceRules.WorkforceNotStatedHigh] = (
                () => Workforce(Characteristic("Disability", ("Yes", 5m), ("No", 84m), ("Not stated", 11m))),
                () => Workforce(Characteristic("Disability", ("Yes", 5m), ("No", 85m), ("Not stated", 10m)))),
            [GovernanceRules.WorkforceNotComparable] = (
                () => Workforce(Staff(Characteristic("Sex", ("Female", 30m), ("Male", 70m))) with { Population = Profile(Characteristic("Sex", ("Women", 51m), ("Men", 49m))) }),
                () => Workforce(Staff(Characteristic("Sex", ("Female", 30m), ("Male", 70m))) with { Population = Profile(Characteristic("sex", ("female", 51m), ("male", 49m))) })),
        };

    internal static AreaForImprovement Area(string id) =>
        new() { Id = id, Text = "The force should improve.", Progress = [new ProgressParagraph { Number = 3, Text = "Work has started." }] };

    private static IEnumerable<Finding> Peel(params AreaForImprovement[] areas) => Peel(null, null, areas);

    private static IEnumerable<Finding> Peel(InspectionActionRegister? register, DeliveryPlan? plan, params AreaForImprovement[] areas) =>
        GovernanceRules.CheckPeel(new PeelCheck(new PeelUpdate { Title = "Update", Inspection = "PEEL 2022", AsOf = new LocalDate(2024, 2, 22), Areas = areas }, register, plan));

    internal static DeliveryPlan PlanOf(RagStatus rag) => new()
    {
        Objectives =
        [
            new Objective
            {
                Number = 1,
                Title = "Prevent crime",
                Deliverables = [new Deliverable { Code = DeliverableCode.Parse("1.1"), Commitment = "We will train.", Updates = [new StatusUpdate { AsOf = new YearMonth(2024, 1), Summary = "Under way.", Rag = rag, Target = Target.Parse("Ongoing") }] }],
            },
        ],
    };

    internal static ProfileCharacteristic Characteristic(string name, params (string Label, decimal? Share)[] categories) =>
        new() { Name = name, Categories = [.. categories.Select(c => new ProfileCategory { Label = c.Label, Share = c.Share })] };

    internal static DiversityProfile Profile(params ProfileCharacteristic[] characteristics) => new() { Title = "Neighbourhood teams", Characteristics = characteristics };

    private static IEnumerable<Finding> Workforce(params ProfileCharacteristic[] characteristics) => Workforce(Staff(characteristics));

    private static IEnumerable<Finding> Workforce(WorkforceDiversity workforce) => GovernanceRules.CheckWorkforce(workforce);

    private static WorkforceDiversity Staff(params ProfileCharacteristic[] characteristics) => new() { Profile = Profile(characteristics) };

    // Ten female and 31 male victims: 31 of 41 is 75.6%, printed as 76%.
    internal static CrossTab Table() => new()
    {
        Id = "t",
        Title = "Victims",
        Rows = new TableDimension("Sex", ["Female", "Male"]),
        Columns = new TableDimension("Age band", ["Under 18", "18 and over"]),
        Counts = [[3, 7], [8, 23]],
    };

    internal static TableStatement Statement(IReadOnlyList<string> rows, decimal percent, int count) =>
        new() { Text = "Males are " + percent + "% (n=" + count + ")", TableId = "t", Numerator = new CellSelection(rows, []), PrintedPercent = percent, PrintedCount = count };

    private static IEnumerable<Finding> Tables(CrossTab table, params TableStatement[] statements) => GovernanceRules.CheckTables(new TableSet("Tables", [table], statements));

    internal static OutstandingReference Reference(string number, string status, string? owner = "Commissioner") => new()
    {
        ReferenceText = number,
        Reference = ReferenceNumber.TryParse(number, out var r) ? r : null,
        Meeting = "5 September Item 5",
        Action = "Report back.",
        Owner = owner,
        Status = ReferenceStatus.Parse(status, new LocalDate(2024, 2, 22)),
    };

    private static IEnumerable<Finding> References(params OutstandingReference[] references) =>
        GovernanceRules.CheckReferences(new OutstandingReferenceList("Committee", new LocalDate(2024, 2, 22), references));

    internal static InspectionAction Action(string id, LocalDate? raised = null, LocalDate? closed = null) => new()
    {
        Id = id,
        Inspection = "PEEL 2021/22",
        Owner = "Head of Strategy",
        Raised = raised ?? new LocalDate(2023, 1, 10),
        Closed = closed,
    };

    internal static InspectionActionRegister Register(params InspectionAction[] actions) => new(actions);

    internal static PrintedFigure Fig(int value) => new(value, "printed " + value);

    internal static PrintedActionSummary Printed(int start, int added, int closed, int open) =>
        new() { OpenAtStart = Fig(start), New = Fig(added), Closed = Fig(closed), OpenAtEnd = Fig(open) };

    internal static InspectionActionsUpdate Update(PrintedActionSummary? printed, InspectionActionRegister? register = null) => new()
    {
        Title = "Update",
        Start = new LocalDate(2023, 4, 1),
        AsOf = new LocalDate(2024, 2, 22),
        HistoricCutOff = new LocalDate(2023, 4, 1),
        Printed = printed,
        Register = register,
    };

    private static IEnumerable<Finding> Actions(PrintedActionSummary? printed, InspectionActionRegister? register = null) => GovernanceRules.CheckActions(Update(printed, register));
}
