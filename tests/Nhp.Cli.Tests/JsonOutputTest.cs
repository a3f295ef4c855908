using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Nhp.Cli.Tests;

/// <summary>Every <c>--json</c> output of the command line names its format and version and validates against its schema in docs/.</summary>
public sealed class JsonOutputTest : IClassFixture<JsonOutputTest.ExportedDataset>
{
    private static readonly string Here = AppContext.BaseDirectory;

    private static readonly Lazy<BuildOptions> Schemas = new(LoadSchemas);

    private readonly ExportedDataset dataset;

    public JsonOutputTest(ExportedDataset dataset) => this.dataset = dataset;

    /// <summary>A run of every JSON output, in each of its shapes (a placeholder {dataset} is the exported dataset folder).</summary>
    public static TheoryData<string[]> Runs => new()
    {
        { ["rules", "list", "--json"] },
        { ["spc", "--method", "nhs", "--values", "1,3,2,4,3,5,4,6,5,7,6,8,7,9,8,12,9,10", "--improvement", "increase", "--target", "5", "--json"] },
        { ["spc", "--method", "nhs", "--values", "4,4,4,4", "--json"] },
        { ["spc", "--method", "anhoej", "--values", "1,1,1,1,1,1,1,1,1,5,5,5,5,5,5,5,5,5,5", "--json"] },
        { ["spc", "--method", "sd2", "--values", "5,1,2,3,4,5,6,7,8,2", "--json"] },
        { ["cdi", "interval", "--recorded", "160", "--disclosed", "177", "--method", "exact", "--json"] },
        { ["policeuk", "series", "Data/policeuk/2022-04-city-of-london-street.csv", "Data/policeuk/2022-06-city-of-london-street.csv", "--format", "json"] },
        { ["policeuk", "series", "Data/policeuk", "--group", "violence", "--format", "json"] },
        { ["plan", "validate", "Data/colp-delivery-plan-2024-01.txt", "--json"] },
        { ["plan", "validate", "Data/colp-delivery-plan-2024-01.txt", "--as-of", "2024-04-01", "--json"] },
        { ["dataset", "validate", "{dataset}", "--json"] },
        { ["panels", "validate", "Data/engagement-city-of-london-2024-11.json", "--json"] },
        { ["recommendations", "validate", "Data/review-recommendations.json", "--framework", "Data/four-pillars-assessment.json", "--json"] },
        { ["problem-solving", "validate", "Data/problem-solving-register.csv", "--as-of", "2024-03-31", "--json"] },
        { ["problem-solving", "validate", "Data/problem-solving-register.json", "--json"] },
        { ["framework", "validate", "Data/four-pillars-assessment.json", "--json"] },
        { ["policing-model", "validate", "Data/policing-model.json", "--engagement", "Data/engagement-city-of-london-2024-11.json", "--json"] },
        { ["inspection-actions", "validate", "Data/governance/inspection-actions.csv", "--as-of", "2024-02-22", "--start", "2023-04-01", "--json"] },
        { ["peel", "validate", "Data/governance/peel-update.json", "--json"] },
        { ["workforce", "validate", "Data/governance/workforce-profile.json", "--json"] },
        { ["references", "validate", "Data/governance/outstanding-references.tsv", "--as-of", "2024-02-22", "--json"] },
        { ["tables", "validate", "Data/governance/outcomes-by-year.tsv", "--rows", "Outcome", "--columns", "Year", "--json"] },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void The_output_names_its_format_and_version_and_validates_against_its_schema(string[] args)
    {
        var run = CliRun.Of(Here, [.. args.Select(a => a.Replace("{dataset}", dataset.Folder, StringComparison.Ordinal))]);

        Assert.True(run.ExitCode is 0 or 1, run.Error);
        var output = JsonNode.Parse(run.Out)!;
        var format = output["format"]!.GetValue<string>();
        Assert.StartsWith("nhp-", format, StringComparison.Ordinal);
        Assert.Equal(1, output["version"]!.GetValue<int>());
        AssertValid(format, output);
    }

    [Fact]
    public void Every_command_with_a_json_output_is_run_above()
    {
        var withJson = CliApp.Commands
            .Where(c => c.Options.Any(o => o.Name == "--json" || (o.Name == "--format" && o.Values.Contains("json"))))
            .Select(c => c.Name)
            .ToHashSet(StringComparer.Ordinal);
        var run = Runs.Select(r => CliApp.Commands.First(c => r.Data.Take(c.Name.Split(' ').Length).SequenceEqual(c.Name.Split(' '))).Name);

        Assert.Empty(withJson.Except(run));
    }

    [Fact]
    public void A_schema_refuses_an_output_without_its_version_or_with_a_property_it_does_not_describe()
    {
        var run = CliRun.Of(Here, "cdi", "interval", "--recorded", "160", "--disclosed", "177", "--json");
        var output = JsonNode.Parse(run.Out)!.AsObject();
        AssertValid("nhp-cdi-interval", output);

        var withoutVersion = output.DeepClone().AsObject();
        withoutVersion.Remove("version");
        var extra = output.DeepClone().AsObject();
        extra["ratio"] = 0.9;
        var outOfRange = output.DeepClone().AsObject();
        outOfRange["rate"] = 1.5;

        Assert.False(Evaluate("nhp-cdi-interval", withoutVersion).IsValid);
        Assert.False(Evaluate("nhp-cdi-interval", extra).IsValid);
        Assert.False(Evaluate("nhp-cdi-interval", outOfRange).IsValid);
    }

    [Fact]
    public void A_finding_inside_an_output_is_checked_against_the_findings_schema()
    {
        var run = CliRun.Of(Here, "plan", "validate", "Data/colp-delivery-plan-2024-01.txt", "--as-of", "2024-04-01", "--json");
        var output = JsonNode.Parse(run.Out)!.AsObject();
        var finding = output["findings"]!.AsArray().First(f => f!["expectedRag"] is not null)!.AsObject();
        AssertValid("nhp-plan-validation", output);

        finding["severity"] = "fatal";

        Assert.False(Evaluate("nhp-plan-validation", output).IsValid);
    }

    private static void AssertValid(string format, JsonNode output)
    {
        var result = Evaluate(format, output);
        Assert.True(result.IsValid, $"{format}: " + string.Join("; ", Errors(result)));
    }

    private static EvaluationResults Evaluate(string format, JsonNode output)
    {
        var file = format["nhp-".Length..] + ".schema.json";
        var schema = (JsonSchema?)Schemas.Value.SchemaRegistry.Get(new Uri(SchemaBase, file)) ?? throw new InvalidOperationException($"docs/{file} is missing.");
        using var document = JsonDocument.Parse(output.ToJsonString());
        return schema.Evaluate(document.RootElement.Clone(), new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static IEnumerable<string> Errors(EvaluationResults result) =>
        (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));

    private static readonly Uri SchemaBase = new("https://github.com/nhp-reporting/nhp/blob/main/docs/");

    private static BuildOptions LoadSchemas()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        foreach (var path in Directory.GetFiles(Path.Combine(Here, "Data", "schemas"), "*.schema.json").Order(StringComparer.Ordinal))
        {
            // A schema without an $id (the stored formats' schemas) is known by where it is published.
            JsonSchema.FromText(File.ReadAllText(path), options, new Uri(SchemaBase, Path.GetFileName(path)));
        }

        return options;
    }

    /// <summary>The embedded dataset exported to a temporary folder, for <c>dataset validate</c>.</summary>
    public sealed class ExportedDataset : IDisposable
    {
        public ExportedDataset()
        {
            Root = Path.Combine(Path.GetTempPath(), "nhp-json-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(Root);
            Folder = Path.Combine(Root, "dataset");
            var run = CliRun.Of(Root, "dataset", "export", "--out", "dataset");
            Assert.Equal(0, run.ExitCode);
        }

        public string Root { get; }

        public string Folder { get; }

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }
}
