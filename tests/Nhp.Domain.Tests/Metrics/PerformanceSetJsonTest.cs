using Nhp.Datasets.CityOfLondon;
using Nhp.Metrics;

namespace Nhp.Domain.Tests.Metrics;

public sealed class PerformanceSetJsonTest
{
    [Fact]
    public void The_Q3_set_written_then_read_writes_the_same_text_with_the_same_figures()
    {
        var set = CityOfLondonDataset.February2024.Performance!;

        var json = PerformanceSetJson.Write(set);
        var back = PerformanceSetJson.Read(new StringReader(json), "performance.json").GetValueOrThrow();

        Assert.Equal(json, PerformanceSetJson.Write(back));
        Assert.Equal(set.Quarter, back.Quarter);
        Assert.Equal(set.Measures.Select(m => m.Measure), back.Measures.Select(m => m.Measure));
        Assert.Equal(set.Measures.SelectMany(m => m.Observations), back.Measures.SelectMany(m => m.Observations));
        Assert.Equal(set.PrintedChanges, back.PrintedChanges);
        Assert.Equal(set.ContextInUse, back.ContextInUse);
        Assert.Contains("\"unit\": \"percentage\"", json, StringComparison.Ordinal);
        Assert.Contains("\"quarter\": \"Q3 2023/24\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_figures_for_one_quarter_are_a_located_error_not_a_crash()
    {
        const string Json = """
            { "format": "nhp-performance-set", "version": 1, "performance": { "title": "T", "quarter": "Q3 2023/24", "measures": [ {
              "measure": { "id": "x", "name": "X", "subject": "X", "definition": "d", "countingRule": "c", "unit": "count",
                "directionOfGood": "lower", "frequency": "quarterly", "priority": "p", "dataSource": "s" },
              "observations": [ { "period": "Q3 2023/24", "value": 1 }, { "period": "Q3 2023/24", "value": 2 } ] } ] } }
            """;

        var import = PerformanceSetJson.Read(new StringReader(Json), "p.json");

        Assert.Null(import.Value);
        var finding = Assert.Single(import.Findings);
        Assert.Equal(PerformanceSetImportRules.SetInvalid, finding.RuleId);
        Assert.True(finding.Message.Contains("Two figures for Q3 2023/24", StringComparison.Ordinal), finding.Message);
    }

    [Theory]
    [InlineData("", "The file is empty")]
    [InlineData("{ \"format\": \"nhp-delivery-plan\", \"version\": 1 }", "not 'nhp-performance-set'")]
    [InlineData("{ \"format\": \"nhp-performance-set\", \"version\": 2 }", "version 2")]
    public void Input_that_is_not_a_performance_set_is_refused(string json, string expected)
    {
        var error = Assert.Throws<NhpInputException>(() => PerformanceSetJson.Read(new StringReader(json), "p.json"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
