using System.Runtime.CompilerServices;
using CsCheck;
using Nhp.Delivery;
using NodaTime;

namespace Nhp.Domain.Tests.Delivery;

public sealed class PlanJsonTest
{
    private static readonly Gen<string> Texts = Gen.Char["abcXYZ 019,.;:'\"\\\n\t=+-@<>&é–/"].Array[0, 24].Select(chars => new string(chars));

    private static readonly Gen<StatusUpdate> Updates = Gen.Select(
        Gen.Int[1, 12], Texts, Gen.Enum<RagStatus>(), Gen.OneOf(Texts, Gen.OneOf("26/01/2024", "Complete Review 2025", "March 204", "31/02/2024", "End 2024")),
        (month, summary, rag, target) => new StatusUpdate { AsOf = new YearMonth(2024, month), Summary = summary, Rag = rag, Target = Target.Parse(target) });

    private static readonly Gen<Deliverable> Deliverables = Gen.Select(
        Gen.Int[0, 20], Gen.Int[1, 20], Texts, Gen.OneOf(Gen.Const((string?)null), Texts.Select(t => (string?)t)), Updates.List[0, 3],
        (objective, number, commitment, owner, updates) => new Deliverable { Code = new DeliverableCode(objective, number), Commitment = commitment, Owner = owner, Updates = updates });

    private static readonly Gen<DeliveryPlan> Plans = Gen.Select(
        Gen.OneOf(Gen.Const((string?)null), Texts.Select(t => (string?)t)),
        Gen.Select(Gen.Int[0, 9], Texts, Deliverables.List[0, 4], (n, t, d) => new Objective { Number = n, Title = t, Deliverables = d }).List[0, 4],
        (title, objectives) => new DeliveryPlan { Title = title, Objectives = objectives });

    [Fact]
    public void Any_plan_written_as_JSON_reads_back_equal() =>
        Plans.Sample(plan => Assert.Equal(plan, PlanJson.Read(new StringReader(PlanJson.Write(plan))).GetValueOrThrow()));

    [Fact]
    public void Any_plan_reads_back_equal_from_a_stream_and_a_reader_with_no_findings() =>
        Plans.Sample(plan =>
        {
            var json = PlanJson.Write(plan);
            var fromReader = PlanJson.Read(new StringReader(json), "plan.json");
            var fromStream = PlanJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "plan.json");
            Assert.Empty(fromReader.Findings);
            Assert.Equal(plan, fromReader.Value);
            Assert.Equal(plan, fromStream.Value);
        });

    [Fact]
    public void Any_plan_stored_by_an_earlier_version_without_format_still_reads_as_version_1() =>
        Plans.Sample(plan =>
        {
            var json = PlanJson.Write(plan)
                .Replace("\"format\": \"nhp-delivery-plan\",\n  \"version\": 1,", "\"schemaVersion\": 1,", StringComparison.Ordinal)
                .Replace("\"not-rated\"", "\"notRated\"", StringComparison.Ordinal);
            var import = PlanJson.Read(new StringReader(json), "old.json");
            Assert.Equal(plan, import.Value);
            Assert.Equal(PlanImportRules.FormatMissing, Assert.Single(import.Findings).RuleId);
        });

    [Theory]
    [InlineData("{ \"format\": \"nhp-engagement\", \"version\": 1 }", "not 'nhp-delivery-plan'")]
    [InlineData("{ \"format\": \"nhp-delivery-plan\", \"version\": 2, \"plan\": {} }", "reads version 1 only")]
    [InlineData("{ \"asOf\": \"2024-11-26\" }", "not a delivery plan")]
    public void A_file_of_another_format_or_a_newer_version_is_refused(string json, string expected) =>
        Assert.Contains(expected, Assert.Throws<NhpInputException>(() => PlanJson.Read(new StringReader(json), "plan.json")).Message, StringComparison.Ordinal);

    [Fact]
    public void The_January_2024_plan_written_as_JSON_reads_back_equal()
    {
        var plan = PlanTextTest.ImportSeed().Value!;
        Assert.Equal(plan, PlanJson.Read(new StringReader(PlanJson.Write(plan))).GetValueOrThrow());
    }

    [Fact]
    public void The_JSON_names_its_format_and_version_and_uses_ISO_months_string_enums_and_text_codes_and_targets()
    {
        var json = PlanJson.Write(PlanTextTest.ImportSeed().Value!);
        Assert.StartsWith("{\n  \"format\": \"nhp-delivery-plan\",\n  \"version\": 1,\n  \"plan\": {", json, StringComparison.Ordinal);
        Assert.Contains("\"code\": \"3.3\"", json, StringComparison.Ordinal);
        Assert.Contains("\"asOf\": \"2024-01\"", json, StringComparison.Ordinal);
        Assert.Contains("\"rag\": \"green\"", json, StringComparison.Ordinal);
        Assert.Contains("\"target\": \"Complete Review 2025\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("latest", json, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("", "The file is empty")]
    [InlineData("{", "not a delivery plan")]
    [InlineData("[]", "not a delivery plan")]
    [InlineData("{\"schemaVersion\": 2, \"plan\": {\"objectives\": []}}", "schemaVersion other than 1")]
    [InlineData("{\"schemaVersion\": 1, \"plan\": {\"objectives\": [{\"number\": 1, \"title\": \"A\", \"deliverables\": [{\"code\": \"x\", \"commitment\": \"c\"}]}]}}", "'x' is not a deliverable code")]
    [InlineData("{\"schemaVersion\": 1, \"plan\": {\"objectives\": [{\"number\": 1, \"title\": null}]}}", "$.plan.objectives[0].title")]
    [InlineData("{\"schemaVersion\": 1, \"plan\": {\"objectives\": [{\"number\": 1, \"title\": \"A\", \"deliverables\": [null]}]}}", "$.plan.objectives[0].deliverables[0]: The value is null")]
    [InlineData("{\"schemaVersion\": 1, \"plan\": {\"objectives\": [{\"number\": 1, \"title\": \"A\", \"deliverables\": [{\"code\": \"1.1\", \"commitment\": \"c\", \"updates\": [{\"asOf\": \"2024-01\", \"summary\": \"s\", \"rag\": \"blue\", \"target\": \"TBC\"}]}]}]}}", "rag")]
    public void When_the_JSON_is_not_a_plan_then_the_error_says_where(string json, string expected)
    {
        var error = Assert.Throws<NhpInputException>(() => PlanJson.Read(new StringReader(json), "plan.json").GetValueOrThrow());
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("plan.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_published_JSON_schema_is_current()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "delivery-plan.schema.json");
        var schema = PlanJson.Schema();
        if (Environment.GetEnvironmentVariable(Nhp.Testing.Snapshot.AcceptVariable) is "1" or "true")
        {
            File.WriteAllText(path, schema);
        }

        Assert.True(File.Exists(path), "docs/delivery-plan.schema.json is missing; run the tests with NHP_ACCEPT_SNAPSHOTS=1 to write it.");
        Assert.Equal(schema, File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static string RepositoryRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
}
