using Nhp.Datasets.CityOfLondon;
using Nhp.Reporting;

namespace Nhp.Cli.Tests.Commands;

public sealed class ReportCommandTest : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("nhp-report-test-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Every_report_is_written_in_every_format_it_supports()
    {
        var run = CliRun.Of(directory, "report", "--out", "reports");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        var expected = ReportCatalog.Default.Reports
            .SelectMany(r => r.Formats.Select(f => $"reports/{r.Id}.{f.FileExtension()}"))
            .ToList();
        Assert.Equal(expected, run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.All(expected, file => Assert.True(new FileInfo(Path.Combine(directory, file)).Length > 0, file));
    }

    [Fact]
    public void The_files_are_the_reports_rendered_for_the_default_dataset_in_utf8_without_bom()
    {
        CliRun.Of(directory, "report", "-o", "out");

        var bytes = File.ReadAllBytes(Path.Combine(directory, "out", "sources.md"));
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(
            ReportCatalog.Default.Find("sources")!.RenderToString(Nhp.Datasets.CityOfLondon.CityOfLondonDataset.February2024, ReportFormat.Markdown),
            System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Formats_can_be_restricted()
    {
        var run = CliRun.Of(directory, "report", "--out", "r", "--format", "html");

        Assert.Equal(0, run.ExitCode);
        Assert.All(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries), f => Assert.EndsWith(".html", f, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { "report" }, "The option --out is required.")]
    [InlineData(new[] { "report", "--out" }, "The option --out needs a value.")]
    [InlineData(new[] { "report", "--out", "x", "--colour", "red" }, "Unknown option --colour; this command accepts --format, --out.")]
    [InlineData(new[] { "report", "--out", "x", "extra" }, "Unexpected argument 'extra'.")]
    [InlineData(new[] { "report", "--out", "x", "--format", "pdf" }, "Unknown format 'pdf'; use md, html, txt, csv, ics.")]
    public void Bad_arguments_give_a_usage_message_and_exit_code_2(string[] args, string message)
    {
        var run = CliRun.Of(directory, args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"nhp report: {message}\n", run.Error, StringComparison.Ordinal);
        Assert.Contains("Usage: nhp report", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_given_as_the_output_folder_is_refused_with_exit_2_and_kept()
    {
        // A file where the output folder should be: an unusable argument, not a failure while running.
        File.WriteAllText(Path.Combine(directory, "taken"), "x");

        var run = CliRun.Of(directory, "report", "--out", "taken");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("nhp report: The output folder 'taken' is a file, not a folder.", run.Error, StringComparison.Ordinal);
        Assert.Equal("x", File.ReadAllText(Path.Combine(directory, "taken")));
    }

    [Fact]
    public void An_empty_output_folder_is_refused_and_nothing_is_written()
    {
        var run = CliRun.Of(directory, "report", "--out", "");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("nhp report: The output folder is empty", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(directory));
    }
}
