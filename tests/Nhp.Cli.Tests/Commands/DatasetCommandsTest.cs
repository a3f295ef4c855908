using System.Text.Json;
using System.Text.Json.Nodes;
using Nhp.Datasets;
using Nhp.Datasets.CityOfLondon;
using Nhp.Reporting;

namespace Nhp.Cli.Tests.Commands;

public sealed class DatasetCommandsTest : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("nhp-dataset-cli-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string PathOf(string name) => Path.Combine(directory, name);

    private static string[] FilesIn(string folder) =>
        [.. Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    [Fact]
    public void Export_writes_the_manifest_and_every_part_of_the_default_dataset()
    {
        var run = CliRun.Of(directory, "dataset", "export", "--out", "mydata");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(
            "mydata/nhp-dataset.json\nmydata/plan.json\nmydata/performance.json\nmydata/crime-data-integrity.csv\nmydata/engagement.json\nmydata/engagement-metrics.json\nmydata/policing-model.json\nmydata/governance.json\n",
            run.Out);
        Assert.Equal(DatasetFolder.WriteManifest(CityOfLondonDataset.February2024), File.ReadAllText(PathOf("mydata/nhp-dataset.json")));
    }

    [Fact]
    public void Reports_from_the_exported_dataset_are_byte_identical_to_the_reports_of_the_embedded_dataset()
    {
        Assert.Equal(0, CliRun.Of(directory, "dataset", "export", "--out", "mydata").ExitCode);

        var embedded = CliRun.Of(directory, "report", "--out", "embedded");
        var fromFiles = CliRun.Of(directory, "report", "--data", "mydata", "--out", "from-files");

        Assert.True(embedded.ExitCode == 0, embedded.Error);
        Assert.True(fromFiles.ExitCode == 0, fromFiles.Error);
        Assert.Empty(fromFiles.Error);
        var files = FilesIn(PathOf("embedded"));
        Assert.Equal(ReportCatalog.Default.Reports.Sum(r => r.Formats.Count) + 2, files.Length);
        Assert.Equal(files, FilesIn(PathOf("from-files")));
        Assert.All(files, name => Assert.True(
            File.ReadAllBytes(PathOf("embedded/" + name)).AsSpan().SequenceEqual(File.ReadAllBytes(PathOf("from-files/" + name))),
            name + " differs"));
    }

    [Fact]
    public void Changing_a_figure_in_the_exported_files_changes_the_reports()
    {
        CliRun.Of(directory, "dataset", "export", "--out", "mydata");
        // The review's overall figure: 160 of 177 recorded (90.4%) becomes 170 of 177 (96.0%).
        var cdi = PathOf("mydata/crime-data-integrity.csv");
        File.WriteAllText(cdi, File.ReadAllText(cdi).Replace("overall,177,160,", "overall,177,170,", StringComparison.Ordinal));
        // Violent crime in Q3 2023/24: 447 becomes 400.
        var performance = JsonNode.Parse(File.ReadAllText(PathOf("mydata/performance.json")))!;
        var violent = performance["measures"]!.AsArray().Single(m => (string?)m!["id"] == "violent-crime")!;
        var q3 = violent["figures"]!.AsArray().Single(o => (string?)o!["quarter"] == "Q3 2023/24")!;
        Assert.Equal(447m, (decimal)q3["value"]!);
        q3["value"] = 400;
        q3.AsObject().Remove("asPrinted");
        File.WriteAllText(PathOf("mydata/performance.json"), performance.ToJsonString());

        var run = CliRun.Of(directory, "report", "--data", "mydata", "--out", "reports", "--format", "md");

        Assert.True(run.ExitCode == 0, run.Error);
        var integrity = File.ReadAllText(PathOf("reports/crime-data-integrity.md"));
        Assert.Contains("96.0%", integrity, StringComparison.Ordinal);
        Assert.DoesNotContain("160 of 177", integrity, StringComparison.Ordinal);
        Assert.Contains("96.0% of crimes correctly recorded (170 of 177)", File.ReadAllText(PathOf("reports/index.md")), StringComparison.Ordinal);
        var report = File.ReadAllText(PathOf("reports/performance.md"));
        Assert.Contains("400", report, StringComparison.Ordinal);
        Assert.DoesNotContain("| 447 |", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_removed_from_the_dataset_makes_the_reports_that_need_it_say_so()
    {
        CliRun.Of(directory, "dataset", "export", "--out", "mydata");
        File.Delete(PathOf("mydata/plan.json"));

        var run = CliRun.Of(directory, "report", "--data", "mydata", "--out", "reports", "--format", "md");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error dataset.import.part-file-missing [dataset delivery-plan]", run.Error, StringComparison.Ordinal);
        Assert.Contains("has no delivery plan.", File.ReadAllText(PathOf("reports/delivery-plan.md")), StringComparison.Ordinal);
        Assert.Contains("has no delivery plan.", File.ReadAllText(PathOf("reports/rag-check.md")), StringComparison.Ordinal);
        var index = File.ReadAllText(PathOf("reports/index.md"));
        Assert.Contains("No delivery plan in the dataset.", index, StringComparison.Ordinal);
        Assert.Contains("| [RAG check](rag-check.md) |  | The dataset has no delivery plan; the report says so. |", index, StringComparison.Ordinal);
        Assert.Contains("90.4%", File.ReadAllText(PathOf("reports/crime-data-integrity.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dataset_with_no_parts_gives_every_report_as_a_clear_document()
    {
        new NhpDataset { Name = "Anyshire Police, May 2025" }.Save(PathOf("empty"));

        var run = CliRun.Of(directory, "report", "--data", "empty", "--out", "reports");

        Assert.True(run.ExitCode == 0, run.Error);
        // Every report of the catalog, and the index.
        Assert.Equal(Nhp.Reporting.ReportCatalog.Default.Reports.Count + 1, Directory.GetFiles(PathOf("reports"), "*.md").Length);
        Assert.Contains("Anyshire Police, May 2025 has no delivery plan.", File.ReadAllText(PathOf("reports/delivery-plan.md")), StringComparison.Ordinal);
        Assert.Contains("This dataset has no performance measures.", File.ReadAllText(PathOf("reports/performance.md")), StringComparison.Ordinal);
        Assert.Contains("No performance measures in the dataset.", File.ReadAllText(PathOf("reports/index.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_lists_every_parts_findings_and_exits_0_without_errors()
    {
        CliRun.Of(directory, "dataset", "export", "--out", "mydata");

        var run = CliRun.Of(directory, "dataset", "validate", "mydata");

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains("warning cdi.", run.Out, StringComparison.Ordinal);
        Assert.EndsWith("mydata: City of London Police, February 2024; delivery-plan, performance, crime-data-integrity, engagement, engagement-metrics, policing-model, governance; 0 error(s), "
            + $"{DatasetFolder.Check(CityOfLondonDataset.February2024).Count(f => f.Severity == Nhp.Findings.Severity.Warning)} warning(s).\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_exits_1_with_located_findings_when_a_part_has_errors()
    {
        CliRun.Of(directory, "dataset", "export", "--out", "mydata");
        var cdi = PathOf("mydata/crime-data-integrity.csv");
        File.WriteAllText(cdi, File.ReadAllText(cdi).Replace("overall,177,160,", "overall,177,x,", StringComparison.Ordinal));

        var run = CliRun.Of(directory, "dataset", "validate", "mydata", "--json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var finding = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("severity").GetString() == "error");
        Assert.Equal("cdi.import.value-invalid", finding.GetProperty("ruleId").GetString());
        Assert.Equal(3, finding.GetProperty("line").GetInt32());
        Assert.EndsWith("crime-data-integrity.csv", finding.GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nowhere", "The dataset folder 'nowhere' does not exist.")]
    [InlineData("notdata", "has no nhp-dataset.json")]
    [InlineData("broken", "This is not a dataset manifest in JSON")]
    public void Validate_exits_2_when_the_folder_is_not_a_usable_dataset(string folder, string message)
    {
        Directory.CreateDirectory(PathOf("notdata"));
        Directory.CreateDirectory(PathOf("broken"));
        File.WriteAllText(PathOf("broken/nhp-dataset.json"), "{ \"format\": ");

        var run = CliRun.Of(directory, "dataset", "validate", folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_manifest_without_a_name_is_unusable_exit_2_with_the_finding()
    {
        CliRun.Of(directory, "dataset", "export", "--out", "mydata");
        var manifest = JsonNode.Parse(File.ReadAllText(PathOf("mydata/nhp-dataset.json")))!.AsObject();
        manifest.Remove("name");
        File.WriteAllText(PathOf("mydata/nhp-dataset.json"), manifest.ToJsonString());

        var run = CliRun.Of(directory, "report", "--data", "mydata", "--out", "reports");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error dataset.import.manifest-invalid [dataset name]", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(PathOf("reports")));
    }
}
