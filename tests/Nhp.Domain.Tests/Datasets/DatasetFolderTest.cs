using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using CsCheck;
using Nhp.Datasets;
using Nhp.Datasets.CityOfLondon;
using Nhp.Engagement;
using Nhp.Findings;
using Nhp.Integrity;
using Nhp.Metrics;
using NodaTime;

namespace Nhp.Domain.Tests.Datasets;

public sealed class DatasetFolderTest : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("nhp-dataset-test-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static NhpDataset City => CityOfLondonDataset.February2024 with
    {
        // The City's dataset has no problem-solving register, self-assessment or review recommendations; small ones make every part present.
        ProblemSolving = new Nhp.ProblemSolving.ProblemSolvingRegister { AsOf = new NodaTime.LocalDate(2024, 2, 22) },
        Framework = new Nhp.Frameworks.FrameworkAssessments { Framework = Nhp.Frameworks.KnownFrameworks.FourPillars },
        Recommendations = new Nhp.Reviews.ReviewRecommendations { Review = "Review", Accepted = new NodaTime.LocalDate(2023, 5, 2), AsOf = new NodaTime.LocalDate(2024, 2, 22) },
    };

    // Everything a dataset folder holds, as text: equal texts mean the two datasets store the same data.
    private static IReadOnlyList<string> Files(NhpDataset dataset) =>
        [DatasetFolder.WriteManifest(dataset), .. DatasetFolder.Parts.Where(p => p.IsIn(dataset)).Select(p => p.Id + "\n" + p.Write(dataset))];

    [Fact]
    public void Building_a_dataset_in_code_needs_only_its_name()
    {
        var dataset = new NhpDataset { Name = "Anyshire Police, May 2025" };

        Assert.Empty(dataset.Sources);
        Assert.Null(dataset.DeliveryPlan);
        Assert.Null(dataset.AsOf);
        dataset.Save(folder);
        var back = NhpDataset.Load(folder).GetValueOrThrow();
        Assert.Equal("Anyshire Police, May 2025", back.Name);
        Assert.Equal(Files(dataset), Files(back));
    }

    [Fact]
    public void Saving_the_default_dataset_writes_the_manifest_and_one_file_per_part()
    {
        var written = City.Save(folder);

        Assert.Equal(
            ["nhp-dataset.json", "plan.json", "performance.json", "crime-data-integrity.csv", "engagement.json", "engagement-metrics.json", "problem-solving.json", "framework-assessment.json", "policing-model.json", "governance.json", "review-recommendations.json"],
            written.Select(Path.GetFileName));
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "nhp-dataset.json")))!;
        Assert.Equal("nhp-dataset", (string?)manifest["format"]);
        Assert.Equal("2024-02-22", (string?)manifest["asOf"]);
        Assert.Equal("plan.json", (string?)manifest["parts"]!["delivery-plan"]);
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }

    [Fact]
    public void Saving_then_loading_the_default_dataset_gives_an_equal_dataset()
    {
        City.Save(folder);

        var import = NhpDataset.Load(folder);

        var back = import.GetValueOrThrow();
        Assert.DoesNotContain(import.Findings, f => f.Severity >= Severity.Warning);
        Assert.Equal(City.DeliveryPlan, back.DeliveryPlan);
        Assert.Equal((City.Name, City.Force, City.AsOf), (back.Name, back.Force, back.AsOf));
        Assert.Equal(City.Sources.Select(s => s with { Files = [] }), back.Sources.Select(s => s with { Files = [] }));
        Assert.Equal(City.Sources.Select(s => string.Join("|", s.Files)), back.Sources.Select(s => string.Join("|", s.Files)));
        Assert.Equal(City.Performance!.Measures.Select(m => m.Measure), back.Performance!.Measures.Select(m => m.Measure));
        Assert.Equal(City.Performance.Measures.SelectMany(m => m.Observations), back.Performance.Measures.SelectMany(m => m.Observations));
        Assert.Equal(City.Performance.MonthlyContext, back.Performance.MonthlyContext);
        Assert.Equal(City.CrimeDataIntegrity!.Overall!.Compliance, back.CrimeDataIntegrity!.Overall!.Compliance);
        Assert.Equal(City.Engagement!.Metrics.StrategicPlan, back.Engagement!.Metrics.StrategicPlan);
        Assert.Equal(Files(City), Files(back));
    }

    [Fact]
    public void Saving_then_loading_any_dataset_gives_one_that_stores_the_same_data()
    {
        var figures = Gen.Select(Gen.Int[0, 4], Gen.Int[-100_000, 10_000_000]).Select((k, cents) => k == 0 ? (decimal?)null : cents / 100m);
        var text = Gen.Char["abcXYZ 019,.;:'\"=+-@<>&é–/"].Array[1, 30].Select(chars => new string(chars).Trim()).Where(s => s.Length > 0);
        var dates = Gen.Select(Gen.Bool, Gen.Int[0, 5000]).Select((given, days) => given ? new LocalDate(2015, 1, 1).PlusDays(days) : (LocalDate?)null);
        Gen.Select(text, text.Null(0.3), dates, Gen.Int[0, 63], figures.Array[40], Gen.Int[0, 200].Array[4], text)
            .Sample((name, force, date, mask, values, counts, title) =>
            {
                var city = City;
                var perf = city.Performance!;
                var i = 0;
                var measures = perf.Measures.Select(m => new MeasureSeries(m.Measure, m.Observations.Select(o => o with { Value = values[i++ % values.Length] }))
                {
                    ReferenceFigures = m.ReferenceFigures,
                    Commentary = m.Commentary,
                }).ToArray();
                var review = city.CrimeDataIntegrity! with
                {
                    Title = title,
                    StatedOverall = new AuditResult(AuditCategory.All, counts[0] + counts[1], counts[1]),
                    Categories = [new AuditResult(AuditCategory.Violence, counts[2] + counts[3], counts[3])],
                };
                var dataset = new NhpDataset
                {
                    Name = name,
                    Force = force,
                    AsOf = date,
                    Sources = (mask & 1) == 0 ? [] : city.Sources,
                    DeliveryPlan = (mask & 2) == 0 ? null : city.DeliveryPlan,
                    Performance = (mask & 4) == 0 ? null : perf with { Measures = measures },
                    CrimeDataIntegrity = (mask & 8) == 0 ? null : review,
                    Engagement = (mask & 16) == 0 ? null : (mask & 32) == 0 ? city.Engagement! with { Metrics = EngagementMetrics.None } : city.Engagement,
                };
                var target = Path.Combine(folder, Guid.NewGuid().ToString("N"));
                dataset.Save(target);
                var back = NhpDataset.Load(target).GetValueOrThrow();
                Assert.Equal(Files(dataset), Files(back));
                Assert.Equal((dataset.Name, dataset.Force, dataset.AsOf, dataset.DeliveryPlan), (back.Name, back.Force, back.AsOf, back.DeliveryPlan));
                Assert.Equal(dataset.Performance?.Measures.SelectMany(m => m.Observations), back.Performance?.Measures.SelectMany(m => m.Observations));
                Assert.Equal(dataset.CrimeDataIntegrity?.Title, back.CrimeDataIntegrity?.Title);
                Assert.Equal(dataset.CrimeDataIntegrity?.Overall?.Compliance, back.CrimeDataIntegrity?.Overall?.Compliance);
                Directory.Delete(target, recursive: true);
            }, iter: 40);
    }

    [Fact]
    public void A_part_the_manifest_does_not_list_is_null_and_reported_with_the_reports_that_need_it()
    {
        (City with { CrimeDataIntegrity = null }).Save(folder);

        var import = NhpDataset.Load(folder);

        Assert.Null(import.GetValueOrThrow().CrimeDataIntegrity);
        var finding = Assert.Single(import.Findings, f => f.RuleId == DatasetImportRules.PartAbsent);
        Assert.Equal("The dataset has no crime data integrity review (the manifest lists no 'crime-data-integrity' part), so the crime-data-integrity report says so.", finding.Message);
    }

    [Fact]
    public void A_part_file_that_cannot_be_read_leaves_the_part_null_with_a_located_error_and_the_rest_read()
    {
        City.Save(folder);
        File.WriteAllText(Path.Combine(folder, "performance.json"), "{ \"format\": \"nhp-performance\", \"version\": 1,\n \"title\": \"Q3\", \"quarter\": \"Q5 2023/24\", \"measures\": [] }");

        var import = NhpDataset.Load(folder);

        var dataset = import.GetValueOrThrow();
        Assert.Null(dataset.Performance);
        Assert.NotNull(dataset.DeliveryPlan);
        var error = Assert.Single(import.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(PerformanceImportRules.ValueInvalid, error.RuleId);
        Assert.Equal(2, error.Location!.Line);
        Assert.EndsWith("performance.json", error.Location.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_is_not_a_dataset_is_refused_with_a_message_that_names_the_manifest()
    {
        var missing = Assert.Throws<NhpInputException>(() => NhpDataset.Load(Path.Combine(folder, "nowhere")));
        Assert.Contains("does not exist", missing.Message, StringComparison.Ordinal);
        var empty = Assert.Throws<NhpInputException>(() => NhpDataset.Load(folder));
        Assert.Contains("nhp-dataset.json", empty.Message, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "nhp-dataset.json"), "{ \"format\": \"nhp-delivery-plan\", \"version\": 1 }");
        var other = Assert.Throws<NhpInputException>(() => NhpDataset.Load(folder));
        Assert.Contains("not 'nhp-dataset'", other.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_path_can_be_given_instead_of_the_folder()
    {
        City.Save(folder);

        Assert.Equal(Files(City), Files(NhpDataset.Load(Path.Combine(folder, "nhp-dataset.json")).GetValueOrThrow()));
    }

    [Fact]
    public void Checking_a_dataset_runs_every_parts_rules()
    {
        var findings = DatasetFolder.Check(City);

        // The review's overall figure (177 disclosed) is not the sum of its categories (199): the CDI rules say so.
        Assert.Contains(findings, f => f.RuleId.StartsWith("cdi.", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.RuleId.StartsWith("engagement.", StringComparison.Ordinal));
        Assert.Equal(findings.Count, DatasetFolder.Check(City).Count);
        Assert.Empty(DatasetFolder.Check(new NhpDataset { Name = "Empty" }));
    }

    [Fact]
    public void The_crime_data_integrity_review_written_as_CSV_reads_back_with_the_same_figures()
    {
        var review = City.CrimeDataIntegrity!;

        var text = CdiReviewCsv.Write(review);
        var back = CdiReviewCsv.Read(new StringReader(text), "cdi.csv");

        Assert.Empty(back.Findings);
        var read = back.GetValueOrThrow();
        Assert.Equal(text, CdiReviewCsv.Write(read));
        Assert.Equal(new Proportion(160, 177), read.Overall!.Compliance);
        Assert.Equal(review.Categories.Select(c => (c.Category, c.Disclosed, c.Recorded, c.PublishedPercent)), read.Categories.Select(c => (c.Category, c.Disclosed, c.Recorded, c.PublishedPercent)));
        Assert.Equal(review.Flags!.Totals, read.Flags!.Totals);
        Assert.Equal(review.Recommendations.Select(r => (r.Number, r.Text, r.Owner, r.Timescale, string.Join(";", r.Owners))), read.Recommendations.Select(r => (r.Number, r.Text, r.Owner, r.Timescale, string.Join(";", r.Owners))));
        Assert.Equal(review.EqualityData.Select(e => (e.Field, e.Policy, e.StatedPercent, e.Observation, e.PolicyNote)), read.EqualityData.Select(e => (e.Field, e.Policy, e.StatedPercent, e.Observation, e.PolicyNote)));
    }

    [Fact]
    public void A_compliance_policy_survives_the_CSV()
    {
        var review = new CdiReview("Audit") { Policy = new CompliancePolicy { Target = 0.92, AmberBand = 0.03, Method = IntervalMethod.ClopperPearson, Confidence = 0.9 } };

        var back = CdiReviewCsv.Read(new StringReader(CdiReviewCsv.Write(review))).GetValueOrThrow();

        Assert.Equal("title,Audit\npolicy,92,3,exact,90\n", CdiReviewCsv.Write(review));
        Assert.Equal(review.Policy, back.Policy);
    }

    [Theory]
    [InlineData("dataset.schema.json")]
    [InlineData("engagement-metrics.schema.json")]
    public void The_published_JSON_schema_is_current(string name)
    {
        var path = Path.Combine(RepositoryRoot(), "docs", name);
        var schema = name switch
        {
            "dataset.schema.json" => DatasetFolder.Schema(),
            _ => EngagementMetricsJson.Schema(),
        };
        if (Environment.GetEnvironmentVariable(Nhp.Testing.Snapshot.AcceptVariable) is "1" or "true")
        {
            File.WriteAllText(path, schema);
        }

        Assert.True(File.Exists(path), $"docs/{name} is missing; run the tests with NHP_ACCEPT_SNAPSHOTS=1 to write it.");
        Assert.Equal(schema, File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static string RepositoryRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
}
