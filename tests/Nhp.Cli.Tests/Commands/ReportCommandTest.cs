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
            .Append("reports/index.md")
            .Append("reports/index.html")
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
    [InlineData(new[] { "report", "--out", "x", "--colour", "red" }, "Unknown option --colour; this command accepts --data, --format, --out.")]
    [InlineData(new[] { "report", "--out", "x", "extra" }, "Unexpected argument 'extra'.")]
    [InlineData(new[] { "report", "--out", "x", "--format", "pdf" }, "Unknown format 'pdf'; use md, html, txt, csv, ics, docx.")]
    public void Bad_arguments_give_a_usage_message_and_exit_code_2(string[] args, string message)
    {
        var run = CliRun.Of(directory, args);

        Assert.Equal(2, run.ExitCode);
        // One line: the message and where the options are described, never the whole usage text.
        Assert.Equal($"nhp report: {message} See 'nhp report --help'.\n", run.Error);
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

    [Fact]
    public void The_index_links_every_report_and_gives_the_headline_figures()
    {
        CliRun.Of(directory, "report", "--out", "reports");

        var index = File.ReadAllText(Path.Combine(directory, "reports", "index.md"));
        var html = File.ReadAllText(Path.Combine(directory, "reports", "index.html"));

        Assert.All(ReportCatalog.Default.Reports, r => Assert.Contains($"]({r.Id}.md)", index, StringComparison.Ordinal));
        Assert.All(ReportCatalog.Default.Reports, r => Assert.Contains($"href=\"{r.Id}.html\"", html, StringComparison.Ordinal));
        // 55 deliverables of the January 2024 plan: the seed's RAG column has 38 GREEN and 17 AMBER.
        Assert.Contains("**Deliverables by RAG:** 55 deliverables (summary position January 2024): 38 GREEN, 17 AMBER.", index, StringComparison.Ordinal);
        // The CDI appendix: 160 recorded of 177 disclosed, 90.4%.
        Assert.Contains("90.4% of crimes correctly recorded (160 of 177)", index, StringComparison.Ordinal);
        Assert.Contains("**Next panel meeting:** Barbican Cluster Panel, 27 November 2024", index, StringComparison.Ordinal);
    }

    [Fact]
    public void With_only_html_the_index_is_html_and_links_only_html_files()
    {
        var run = CliRun.Of(directory, "report", "--out", "r", "--format", "html");

        Assert.EndsWith("r/index.html\n", run.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(directory, "r", "index.md")));
        Assert.DoesNotContain(".md\"", File.ReadAllText(Path.Combine(directory, "r", "index.html")), StringComparison.Ordinal);
    }
}
