using System.Text.Json;
using Json.Schema;
using Nhp.Datasets.CityOfLondon;
using Nhp.Findings;
using Nhp.Rag;
using Nhp.Testing.Findings;
using NodaTime;

namespace Nhp.ToolTests;

// Findings cross tools as JSON in the published format (docs/findings.schema.json).
public sealed class FindingsFileTest
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "findings.schema.json")));

    private static void AssertValid(string json)
    {
        var result = Schema.Evaluate(JsonDocument.Parse(json).RootElement);
        Assert.True(result.IsValid, "The findings JSON does not match docs/findings.schema.json:\n" + json);
    }

    [Fact]
    public void Another_tools_findings_file_validates_and_reads()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "other-tool-findings.json");

        AssertValid(File.ReadAllText(path));
        var findings = FindingsJson.Read(path);

        var minutes = FindingAssert.Contains(findings, "acme.minutes.missing", "Eastern cluster", Severity.Warning);
        Assert.Equal(new SourceLocation("meetings.csv", 14), minutes.Location);
        FindingAssert.Exactly(findings, "acme.minutes.missing", RagRules.DeadlineMissedId + "@3.6");
    }

    [Fact]
    public void Nhp_findings_written_as_JSON_validate_and_read_back_the_same()
    {
        var findings = RagRules.Check(CityOfLondonDataset.February2024.DeliveryPlan!, new LocalDate(2024, 2, 1));

        var json = FindingsJson.Write(findings);

        AssertValid(json);
        Assert.Equal(findings, FindingsJson.Read(new StringReader(json), "findings.json"));
    }
}
