using System.Text.Json.Nodes;
using Nhp.Datasets;
using Nhp.Datasets.CityOfLondon;
using Nhp.Delivery;
using Nhp.Engagement;
using Nhp.Findings;
using Nhp.Governance;
using Nhp.Governance.Inspections;
using Nhp.Integrity;
using Nhp.Metrics;
using Nhp.PoliceUk;
using Nhp.Rules;

namespace Nhp.Domain.Tests.Importing;

/// <summary>Every import rule id, with an input that makes it fire and one that does not.</summary>
public sealed class ImportRulesTest
{
    private const string Header = "DELIVERABLE\tCOMMITMENT\tSUMMARY POSITION (JANUARY 2024)\tPROGRESS\tDATE\n";
    private const string Heading = "OBJECTIVE ONE: KEEP PEOPLE SAFE\n";
    private const string Row = "1.1\tWe will act.\tDone.\tGREEN\tOngoing\n";
    private const string Plan = Header + Heading + Row;
    private const string CsvHeading = "code,objective,commitment,summary (January 2024),rag,target\n";
    private const string CsvPlan = CsvHeading + "1.1,A,We will.,Done.,GREEN,Ongoing\n";
    private const string Review = "title,Audit\noverall,177,160\n";
    private const string Model = "\"model\": { \"firstYearStarts\": \"2024-11\", \"meetingsPerClusterPerYear\": 2 }";
    private const string Engagement = "{ \"format\": \"nhp-engagement\", \"version\": 1, \"asOf\": \"2024-11-26\", " + Model + " }";
    private const string MeasureA = "{ \"id\": \"a\", \"name\": \"A\", \"unit\": \"count\", \"directionOfGood\": \"lower\", \"figures\": [ { \"quarter\": \"Q3 2023/24\", \"value\": 4 } ] }";
    private const string Measures = "{ \"format\": \"nhp-performance\", \"version\": 1, \"title\": \"T\", \"quarter\": \"Q3 2023/24\", \"measures\": [ " + MeasureA + " ] }";
    private const string PoliceHeader = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n";
    private const string PoliceRow = "a,2023-10,City,City,-0.1,51.5,X,E01,City 001,Burglary,Under investigation,\n";

    private static readonly Objective[] KnownSafe = [new Objective { Number = 1, Title = "Keep people safe" }];
    private static readonly Objective[] KnownOther = [new Objective { Number = 1, Title = "Provide a flow of community intelligence" }];

    private static IReadOnlyList<Finding> Text(string text, IReadOnlyList<Objective>? known = null) =>
        PlanText.Read(new StringReader(text), "plan.txt", new PlanImportOptions { KnownObjectives = known }).Findings;

    private static IReadOnlyList<Finding> Csv(string text) => PlanCsv.Read(new StringReader(text), "plan.csv").Findings;

    private static IReadOnlyList<Finding> Json(string text) => PlanJson.Read(new StringReader(text), "plan.json").Findings;

    private static string StoredPlan => PlanJson.Write(new DeliveryPlan { Objectives = [] });

    private static IReadOnlyList<Finding> Objectives(string text) => StrategyObjectives.Read(new StringReader(text), "objectives.txt").Findings;

    private static IReadOnlyList<Finding> Cdi(string text) => CdiReviewCsv.Read(new StringReader(text), "audit.csv").Findings;

    private static IReadOnlyList<Finding> Panels(string text) => EngagementJson.Read(new StringReader(text), "panels.json").Findings;

    private static IReadOnlyList<Finding> Performance(string text) => PerformanceJson.Read(new StringReader(text), "measures.json").Findings;

    private static string WithChange(string measureId) =>
        Measures[..^1] + ", \"printedChanges\": [ { \"measureId\": \"" + measureId + "\", \"quarter\": \"Q3 2023/24\", \"text\": \"Up 5%.\", \"printedPercent\": 5 } ] }";

    private static string WithMeasure(string measure) => Measures.Replace(MeasureA + " ]", MeasureA + ", " + measure + " ]", StringComparison.Ordinal);

    private static IReadOnlyList<Finding> Police(string text) => PoliceUkCrimeReader.Read(new StringReader(text), "2023-10-street.csv").Findings;

    // The default dataset written as a folder, changed by 'change' (given the folder and its manifest), then read back.
    private static IReadOnlyList<Finding> Folder(Action<string, JsonObject>? change = null)
    {
        var folder = Directory.CreateTempSubdirectory("nhp-import-rules-").FullName;
        try
        {
            (CityOfLondonDataset.February2024 with
            {
                ProblemSolving = new Nhp.ProblemSolving.ProblemSolvingRegister { AsOf = new NodaTime.LocalDate(2024, 2, 22) },
                Framework = new Nhp.Frameworks.FrameworkAssessments { Framework = Nhp.Frameworks.KnownFrameworks.FourPillars },
                Recommendations = new Nhp.Reviews.ReviewRecommendations { Review = "Review", Accepted = new NodaTime.LocalDate(2023, 5, 2), AsOf = new NodaTime.LocalDate(2024, 2, 22) },
            }).Save(folder);
            var manifestPath = Path.Combine(folder, DatasetFolder.ManifestFileName);
            var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!.AsObject();
            change?.Invoke(folder, manifest);
            File.WriteAllText(manifestPath, manifest.ToJsonString());
            return DatasetFolder.Read(folder).Findings;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static JsonObject Parts(JsonObject manifest) => manifest["parts"]!.AsObject();

    private static PoliceFolder PoliceFiles(params (string Name, string Rows)[] files) => new(files.Select(f => (f.Name, PoliceHeader + f.Rows)).ToArray());

    private const string Register = "id,inspection,raised\nA1,PEEL,2023-05-01\n";

    private static IReadOnlyList<Finding> Actions(string text) => InspectionActionCsv.Read(new StringReader(text), "actions.csv").Findings;

    private static IReadOnlyList<Finding> ActionsJson(string text) => InspectionActionJson.Read(new StringReader(text), "actions.json").Findings;

    private static readonly Dictionary<string, (Func<IReadOnlyList<Finding>> Fires, Func<IReadOnlyList<Finding>> Quiet)> Cases = new Dictionary<string, (Func<IReadOnlyList<Finding>> Fires, Func<IReadOnlyList<Finding>> Quiet)>(StringComparer.Ordinal)
    {
        [PlanImportRules.KeyDiffers] = (() => Text("GREEN\tSomething else\n" + Plan), () => Text(Plan)),
        [PlanImportRules.RowNotUnderstood] = (() => Text(Plan + "X.1\tWe will.\tDone.\tGREEN\tOngoing\n"), () => Text(Plan)),
        [PlanImportRules.RowSkipped] = (() => Text(Plan + "Random text\n"), () => Text(Plan)),
        [PlanImportRules.Preamble] = (() => Text("# The plan\nA caption.\n" + Plan), () => Text(Plan)),
        [PlanImportRules.ValueRepaired] = (() => Text(Plan.Replace("GREEN", "GRFEN", StringComparison.Ordinal)), () => Text(Plan)),
        [PlanImportRules.CellsRealigned] = (() => Text(Plan + "1.2\tWe will\tact.\tDone.\tGREEN\tOngoing\n"), () => Text(Plan + "1.2\tWe will act.\tDone.\tGREEN\tOngoing\n")),
        [PlanImportRules.PeriodFromText] = (() => Text("Position at January 2024\nDELIVERABLE\tCOMMITMENT\tSUMMARY POSITION\tPROGRESS\tDATE\n" + Heading + Row), () => Text(Plan)),
        [PlanImportRules.PeriodNotUnderstood] = (() => Text(Plan + "DELIVERABLE\tSUMMARY (FOO 2024)\n"), () => Text(Plan + Header)),
        [PlanImportRules.PeriodMismatch] = (() => Text(Plan + "DELIVERABLE\tSUMMARY POSITION (FEBRUARY 2024)\n"), () => Text(Plan + Header)),
        [PlanImportRules.ExtraCell] = (() => Text(Plan + "1.2\tWe will.\tDone.\tGREEN\tOngoing\textra\n"), () => Text(Plan + "1.2\tWe will.\tDone.\tGREEN\tOngoing\t\n")),
        [PlanImportRules.HtmlList] = (() => Text(Plan + "1.2\tWe will.\t<ul><li>a</li></ul>\tGREEN\tOngoing\n"), () => Text(Plan + "1.2\tWe will.\t- a\tGREEN\tOngoing\n")),
        [PlanImportRules.ContinuationOrphan] = (() => Text(Header + "\tMore.\n" + Heading + Row), () => Text(Plan + "\tMore.\n")),
        [PlanImportRules.ContinuationConflict] = (() => Text(Plan + "\t\t\tRED\n"), () => Text(Plan + "\tMore.\n")),
        [PlanImportRules.Continuation] = (() => Text(Plan + "\tMore.\n"), () => Text(Plan)),
        [PlanImportRules.ObjectiveHeadingNotUnderstood] = (() => Text(Header + "OBJECTIVE\n" + Row), () => Text(Plan)),
        [PlanImportRules.ObjectiveWithoutDeliverables] = (() => Text(Plan + "OBJECTIVE TWO: DO MORE\n1.2\tWe will.\tDone.\tGREEN\tOngoing\n"), () => Text(Plan + "OBJECTIVE TWO: DO MORE\n2.1\tWe will.\tDone.\tGREEN\tOngoing\n")),
        [PlanImportRules.RagUnknown] = (() => Text(Plan.Replace("GREEN", "BLUE", StringComparison.Ordinal)), () => Text(Plan)),
        [PlanImportRules.ObjectiveNumberMismatch] = (() => Text(Plan + "2.1\tWe will.\tDone.\tGREEN\tOngoing\n"), () => Text(Plan + "1.2\tWe will.\tDone.\tGREEN\tOngoing\n")),
        [PlanImportRules.ObjectiveUnnamed] = (() => Text(Header + Row), () => Text(Header + Row, KnownSafe)),
        [PlanImportRules.ObjectiveTitleKnown] = (() => Text(Header + Row, KnownSafe), () => Text(Header + Row)),
        [PlanImportRules.SetUpObjective] = (() => Text(Header + "0.1\tWe will.\tDone.\tGREEN\tOngoing\n" + Heading + Row), () => Text(Plan)),
        [PlanImportRules.ObjectiveTitleRepaired] = (() => Text(Header + "OBJECTIVE ONE: KEEP PEOPLE SAFF\n" + Row, KnownSafe), () => Text(Plan, KnownSafe)),
        [PlanImportRules.ObjectiveTitleUnmatched] = (() => Text(Plan, KnownOther), () => Text(Plan, KnownSafe)),
        [PlanImportRules.ObjectiveTitleRejoined] = (() => Text(Header + "OBJECTIVE ONE: KEEP PEO\tPLE SAFE\n" + Row), () => Text(Plan)),
        [PlanImportRules.TextMoved] = (() => Text(Header + Heading + "1.1\tWe will act on\tDone.\tGREEN\tOngoing\n1.2\tcrime. We will also act.\tDone.\tGREEN\tOngoing\n"), () => Text(Plan + "1.2\tWe will also act.\tDone.\tGREEN\tOngoing\n")),
        [PlanImportRules.StartsMidSentence] = (() => Text(Plan + "1.2\tand more\tDone.\tGREEN\tOngoing\n"), () => Text(Plan + "1.2\tAnd more.\tDone.\tGREEN\tOngoing\n")),
        [PlanImportRules.ObjectiveTitleDiffers] = (() => Csv(CsvPlan + "1.2,B,We will.,Done.,GREEN,Ongoing\n"), () => Csv(CsvPlan + "1.2,A,We will.,Done.,GREEN,Ongoing\n")),
        [PlanImportRules.CodeInvalid] = (() => Csv(CsvPlan + "one,A,We will.,Done.,GREEN,Ongoing\n"), () => Csv(CsvPlan)),
        [PlanImportRules.FormatMissing] = (() => Json("{ \"schemaVersion\": 1, \"plan\": { \"objectives\": [] } }"), () => Json(StoredPlan)),
        [PlanImportRules.PropertyUnknown] = (() => Json(StoredPlan.Replace("\"version\": 1,", "\"version\": 1, \"extra\": true,", StringComparison.Ordinal)), () => Json(StoredPlan)),
        [PlanImportRules.PlanInvalid] = (() => Json("{ \"format\": \"nhp-delivery-plan\", \"version\": 1, \"plan\": { \"objectives\": 3 } }"), () => Json(StoredPlan)),
        [PlanImportRules.ObjectiveLineInvalid] = (() => Objectives("1\tKeep people safe\n2 Build trust\n"), () => Objectives("1\tKeep people safe\n2\tBuild trust\n")),
        [PlanImportRules.ObjectiveRepeated] = (() => Objectives("1\tKeep people safe\n1\tBuild trust\n"), () => Objectives("1\tKeep people safe\n2\tBuild trust\n")),
        [CdiImportRules.RecordUnknown] = (() => Cdi(Review + "complaince,1\n"), () => Cdi(Review + "# complaince,1\n")),
        [CdiImportRules.FieldMissing] = (() => Cdi("title,Audit\noverall,177\n"), () => Cdi(Review)),
        [CdiImportRules.ValueInvalid] = (() => Cdi("title,Audit\noverall,x,160\n"), () => Cdi(Review)),
        [CdiImportRules.TitleMissing] = (() => Cdi("overall,177,160\n"), () => Cdi(Review)),
        [EngagementImportRules.FormatMissing] = (() => Panels("{ \"asOf\": \"2024-11-26\", " + Model + " }"), () => Panels(Engagement)),
        [EngagementImportRules.PropertyUnknown] = (() => Panels(Engagement.Replace("\"version\": 1,", "\"version\": 1, \"meetngs\": [],", StringComparison.Ordinal)), () => Panels(Engagement)),
        [EngagementImportRules.ItemInvalid] = (() => Panels(Engagement.Replace("\"version\": 1,", "\"version\": 1, \"events\": [ { \"date\": \"Spring 2024\", \"name\": \"x\", \"organiser\": \"police\" } ],", StringComparison.Ordinal)),
            () => Panels(Engagement.Replace("\"version\": 1,", "\"version\": 1, \"events\": [ { \"date\": \"October 2024\", \"name\": \"x\", \"organiser\": \"police\" } ],", StringComparison.Ordinal))),
        [EngagementImportRules.ValueInvalid] = (() => Panels(Engagement.Replace("2024-11-26", "26/11/2024", StringComparison.Ordinal)), () => Panels(Engagement)),
        [EngagementImportRules.RequiredMissing] = (() => Panels("{ \"format\": \"nhp-engagement\", \"version\": 1, \"asOf\": \"2024-11-26\" }"), () => Panels(Engagement)),
        [PerformanceImportRules.FormatMissing] = (() => Performance(Measures.Replace("\"format\": \"nhp-performance\", \"version\": 1, ", string.Empty, StringComparison.Ordinal)), () => Performance(Measures)),
        [PerformanceImportRules.PropertyUnknown] = (() => Performance(Measures.Replace("\"title\"", "\"measurs\": [], \"title\"", StringComparison.Ordinal)), () => Performance(Measures)),
        [PerformanceImportRules.RequiredMissing] = (() => Performance(Measures.Replace("\"title\": \"T\", ", string.Empty, StringComparison.Ordinal)), () => Performance(Measures)),
        [PerformanceImportRules.ValueInvalid] = (() => Performance(Measures.Replace("\"quarter\": \"Q3 2023/24\", \"measures", "\"quarter\": \"Autumn\", \"measures", StringComparison.Ordinal)), () => Performance(Measures)),
        [PerformanceImportRules.MeasureInvalid] = (() => Performance(WithMeasure("{ \"id\": \"b\", \"name\": \"B\", \"unit\": \"crimes\", \"directionOfGood\": \"lower\" }")), () => Performance(WithMeasure("{ \"id\": \"b\", \"name\": \"B\", \"unit\": \"count\", \"directionOfGood\": \"lower\", \"figures\": [ { \"quarter\": \"Q3 2023/24\", \"value\": 1 } ] }"))),
        [PerformanceImportRules.MeasureRepeated] = (() => Performance(WithMeasure(MeasureA)), () => Performance(Measures)),
        [PerformanceImportRules.ChangeInvalid] = (() => Performance(WithChange("z")), () => Performance(WithChange("a"))),
        [PerformanceImportRules.QuarterMissing] = (() => Performance(Measures.Replace("Q3 2023/24\", \"value", "Q2 2023/24\", \"value", StringComparison.Ordinal)), () => Performance(Measures)),
        [PlanImportRules.ObjectivesUsed] = (() => Text(Plan, KnownSafe), () => Text(Plan)),
        [DatasetImportRules.ManifestInvalid] = (() => Folder((_, m) => m["name"] = 3), () => Folder()),
        [DatasetImportRules.PropertyUnknown] = (() => Folder((_, m) => m["extra"] = true), () => Folder()),
        [DatasetImportRules.PartUnknown] = (() => Folder((_, m) => Parts(m)["workforce"] = "workforce.json"), () => Folder()),
        [DatasetImportRules.PartFileInvalid] = (() => Folder((_, m) => Parts(m)["delivery-plan"] = "../plan.json"), () => Folder()),
        [DatasetImportRules.PartFileMissing] = (() => Folder((f, _) => File.Delete(Path.Combine(f, "plan.json"))), () => Folder()),
        [DatasetImportRules.PartUnreadable] = (() => Folder((f, _) => File.WriteAllText(Path.Combine(f, "plan.json"), "{}")), () => Folder()),
        [DatasetImportRules.PartAbsent] = (() => Folder((_, m) => Parts(m).Remove("crime-data-integrity")), () => Folder()),
        [PoliceUkImportRules.MalformedRow] = (() => Police(PoliceHeader + PoliceRow + "b,2023-10,City\n"), () => Police(PoliceHeader + PoliceRow)),
        [PoliceUkImportRules.FileRepeated] = (() => PoliceFiles(("2023-10-street.csv", PoliceRow)).Twice(), () => PoliceFiles(("2023-10-street.csv", PoliceRow)).Once()),
        [PoliceUkImportRules.MonthRepeated] = (() => PoliceFiles(("2023-10-street.csv", PoliceRow), ("2023-10-street (1).csv", PoliceRow)).Once(),
            () => PoliceFiles(("2023-10-street.csv", PoliceRow), ("2023-11-street.csv", PoliceRow.Replace("2023-10", "2023-11", StringComparison.Ordinal))).Once()),
        [GovernanceImportRules.ColumnMissing] = (() => Actions("id,raised\nA1,2023-05-01\n"), () => Actions(Register)),
        [GovernanceImportRules.ColumnUnknown] = (() => Actions("id,inspection,raised,colour\nA1,PEEL,2023-05-01,red\n"), () => Actions(Register)),
        [GovernanceImportRules.FieldMissing] = (() => Actions(Register + "A2,,2023-05-01\n"), () => Actions(Register)),
        [GovernanceImportRules.ValueInvalid] = (() => Actions(Register + "A2,PEEL,31/13/2023\n"), () => Actions(Register + "A2,PEEL,31/12/2023\n")),
        [GovernanceImportRules.FormatMissing] = (
            () => ActionsJson("{ \"actions\": [] }"),
            () => ActionsJson("{ \"format\": \"nhp-inspection-actions\", \"version\": 1, \"actions\": [] }")),
        [GovernanceImportRules.RowMalformed] = (() => GovernanceTable("T\tA\tB\nx\t1\t2\t3\ny\t1\t2\n"), () => GovernanceTable("T\tA\tB\nx\t1\t2\n")),
        [Nhp.Committees.PaperImportRules.NoFrontSheet] = (() => PaperTextFindings("Minutes of the meeting\n"), () => PaperTextFindings(PaperExport)),
        [Nhp.Committees.PaperImportRules.FormatMissing] = (() => Sheet(FrontSheet.Replace("\"format\": \"nhp-front-sheet\", \"version\": 1, ", string.Empty, StringComparison.Ordinal)), () => Sheet(FrontSheet)),
        [Nhp.Committees.PaperImportRules.PropertyUnknown] = (() => Sheet(FrontSheet.Replace("\"subject\"", "\"title\": \"T\", \"subject\"", StringComparison.Ordinal)), () => Sheet(FrontSheet)),
        [Nhp.Committees.PaperImportRules.ItemInvalid] = (() => Sheet(FrontSheet.Replace("2024-02-22", "22/02/2024", StringComparison.Ordinal)), () => Sheet(FrontSheet)),
        [Nhp.Committees.PaperImportRules.ValueInvalid] = (() => Sheet(FrontSheet.Replace("\"discussion\"", "\"noting\"", StringComparison.Ordinal)), () => Sheet(FrontSheet)),
        [Nhp.Committees.PaperImportRules.RequiredMissing] = (() => Sheet(FrontSheet.Replace("\"reportOf\": \"Commissioner of Police\", ", string.Empty, StringComparison.Ordinal)), () => Sheet(FrontSheet)),
    }.Concat(StoredFormatCases.All).Concat(OrganisationImportCases.All).ToDictionary(StringComparer.Ordinal);

    private const string FrontSheet = "{ \"format\": \"nhp-front-sheet\", \"version\": 1, \"committees\": [ { \"committee\": \"Strategic Planning and Performance Committee\", \"date\": \"2024-02-22\" } ], \"subject\": \"Q3\", \"reportOf\": \"Commissioner of Police\", \"purpose\": \"discussion\" }";

    private const string PaperExport = "Committee(s):\tDated:\nStrategic Planning and Performance Committee\t22 February 2024\nSubject: Q3\tPublic\nReport of: Commissioner of Police\tFor Discussion\n";

    private static IReadOnlyList<Finding> Sheet(string text) => Nhp.Committees.FrontSheetJson.Read(new StringReader(text), "sheet.json").Findings;

    private static IReadOnlyList<Finding> PaperTextFindings(string text) => Nhp.Committees.PaperText.Read(new StringReader(text), "paper.txt").Findings;

    private static IReadOnlyList<Finding> GovernanceTable(string text) =>
        Nhp.Governance.Tables.TextTableReader.Read(new StringReader(text), "table.txt", new Nhp.Governance.Tables.TextTableOptions { Id = "t", Title = "T", RowDimension = "Rows", ColumnDimension = "Columns" }).Findings;

    private static readonly IReadOnlyList<RuleDescriptor> ImportRules =
        [.. PlanImportRules.All, .. CdiImportRules.All, .. EngagementImportRules.All, .. PoliceUkImportRules.All, .. PerformanceImportRules.All, .. DatasetImportRules.All, .. GovernanceImportRules.All, .. Nhp.Committees.PaperImportRules.All, .. StoredFormatCases.Rules, .. OrganisationImportCases.Rules];

    public static TheoryData<string> Ids => [.. Cases.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_rule_fires_on_its_input_with_its_severity_and_a_location(string id)
    {
        var descriptor = RuleCatalog.Find(id)!;
        var finding = Assert.Single(Cases[id].Fires(), f => f.RuleId == id);
        Assert.Equal(descriptor.Severity, finding.Severity);
        Assert.NotNull(finding.Location?.Source);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_rule_does_not_fire_on_input_without_the_problem(string id) =>
        Assert.DoesNotContain(Cases[id].Quiet(), f => f.RuleId == id);

    [Fact]
    public void Every_import_rule_in_the_catalog_has_a_case_and_every_case_is_an_import_rule()
    {
        var catalog = RuleCatalog.All.Select(d => d.Id).Intersect(ImportRules.Select(d => d.Id)).Order(StringComparer.Ordinal);
        Assert.Equal(catalog, Cases.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ImportRules.Select(d => d.Id).Order(StringComparer.Ordinal), catalog);
    }

    [Fact]
    public void Every_import_rule_belongs_to_its_area_and_explains_itself()
    {
        Assert.All(PlanImportRules.All, d => Assert.Equal("delivery", d.Area));
        Assert.All(CdiImportRules.All, d => Assert.Equal("integrity", d.Area));
        Assert.All(EngagementImportRules.All, d => Assert.Equal("engagement", d.Area));
        Assert.All(PoliceUkImportRules.All, d => Assert.Equal("policeuk", d.Area));
        Assert.All(PerformanceImportRules.All, d => Assert.Equal("performance", d.Area));
        Assert.All(DatasetImportRules.All, d => Assert.Equal("dataset", d.Area));
        Assert.All(GovernanceImportRules.All, d => Assert.Equal("governance", d.Area));
        Assert.All(Nhp.Committees.PaperImportRules.All, d => Assert.Equal("paper", d.Area));
        Assert.All(ImportRules, d => Assert.True(d.Explanation.Length > 60, d.Id));
    }

    [Fact]
    public void The_plain_plan_imports_with_no_findings() => Assert.Empty(Text(Plan));

    // police.uk files written to a new folder, read by path (the repeat rules are about files).
    private sealed class PoliceFolder((string Name, string Text)[] files)
    {
        public IReadOnlyList<Finding> Once() => Read(false);

        public IReadOnlyList<Finding> Twice() => Read(true);

        private IReadOnlyList<Finding> Read(bool twice)
        {
            var folder = Directory.CreateTempSubdirectory("nhp-policeuk-").FullName;
            try
            {
                var paths = files.Select(f => Path.Combine(folder, f.Name)).ToList();
                foreach (var (path, (_, text)) in paths.Zip(files))
                {
                    File.WriteAllText(path, text);
                }

                return PoliceUkCrimeReader.ReadPaths(twice ? [.. paths, paths[0]] : paths).Findings;
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
