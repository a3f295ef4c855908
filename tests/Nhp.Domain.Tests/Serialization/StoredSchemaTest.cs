using System.Text.Json;
using Nhp.Frameworks;
using Nhp.Policing;
using Nhp.ProblemSolving;

namespace Nhp.Domain.Tests.Serialization;

/// <summary>The schemas published in docs/ are the ones the readers read (regenerated with the snapshots).</summary>
public sealed class StoredSchemaTest
{
    public static TheoryData<string> Files => ["problem-solving.schema.json", "framework-assessment.schema.json", "policing-model.schema.json", "front-sheet.schema.json", "peel.schema.json", "diversity-profile.schema.json", "inspection-actions.schema.json", "review-recommendations.schema.json"];

    [Theory]
    [MemberData(nameof(Files))]
    public void The_published_schema_is_the_one_the_reader_uses(string file)
    {
        var expected = file switch
        {
            "problem-solving.schema.json" => ProblemSolvingJson.Schema(),
            "framework-assessment.schema.json" => FrameworkJson.Schema(),
            "front-sheet.schema.json" => Nhp.Committees.FrontSheetJson.Schema(),
            "peel.schema.json" => Nhp.Governance.Peel.PeelJson.Schema(),
            "diversity-profile.schema.json" => Nhp.Governance.Workforce.DiversityProfileJson.Schema(),
            "inspection-actions.schema.json" => Nhp.Governance.Inspections.InspectionActionJson.Schema(),
            "review-recommendations.schema.json" => Nhp.Reviews.ReviewRecommendationsJson.Schema(),
            _ => PolicingModelJson.Schema(),
        };
        var path = Path.Combine(RepositoryRoot(), "docs", file);
        if (Nhp.Testing.Snapshot.AcceptRequested())
        {
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, File.ReadAllText(path));
        using var schema = JsonDocument.Parse(expected);
        Assert.Equal("format", schema.RootElement.GetProperty("required")[0].GetString());
    }

    [Fact]
    public void Enums_are_listed_by_the_names_files_use()
    {
        using var schema = JsonDocument.Parse(ProblemSolvingJson.Schema());
        var plan = schema.RootElement.GetProperty("properties").GetProperty("plans").GetProperty("items").GetProperty("properties");
        Assert.Equal(["sara", "osara"], plan.GetProperty("method").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", ".."));
}
