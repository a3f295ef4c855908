using Nhp.Reporting;

namespace Nhp.Cli.Tests.Commands;

public sealed class PackCommandsTest : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("nhp-pack-test-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void The_February_2024_pack_renders_as_Word_and_its_findings_go_to_standard_error_with_exit_1()
    {
        var run = CliRun.Of(directory, "pack", "render", "colp-2024-02-22", "--format", "docx", "-o", "pack.docx");

        Assert.Equal(1, run.ExitCode);
        var bytes = File.ReadAllBytes(Path.Combine(directory, "pack.docx"));
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
        Assert.Contains("pack.item.paper-missing [item 3 paper]", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Paper_check_reads_the_first_front_sheet_of_a_Word_file_and_runs_the_paper_rules()
    {
        var pack = CliRun.Of(directory, "pack", "render", "colp-2024-02-22", "--format", "docx", "-o", "pack.docx");
        Assert.Equal(1, pack.ExitCode);

        // The pack's first paper is item 4, whose front sheet is made from the agenda's words: no recommendation and
        // the four funding questions blank.
        var run = CliRun.Of(directory, "paper", "check", "pack.docx");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Public Outstanding References (no reference): 5 finding(s)", run.Out, StringComparison.Ordinal);
        Assert.Contains("paper.recommendation.missing", run.Out, StringComparison.Ordinal);
        Assert.Equal(4, run.Out.Split("paper.funding.unanswered").Length - 1);
    }

    [Fact]
    public void Paper_check_of_a_file_that_is_not_a_Word_document_is_exit_2()
    {
        File.WriteAllText(Path.Combine(directory, "notes.docx"), "not a zip");
        Assert.Equal(2, CliRun.Of(directory, "paper", "check", "notes.docx").ExitCode);
    }

    [Fact]
    public void Report_writes_every_report_as_Word_when_asked_for_docx()
    {
        var run = CliRun.Of(directory, "report", "--out", "out", "--format", "docx");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(ReportCatalog.Default.Reports.Count, Directory.GetFiles(Path.Combine(directory, "out"), "*.docx").Length);
    }

    [Fact]
    public void An_unknown_pack_is_a_usage_error() =>
        Assert.Equal(2, CliRun.Of(directory, "pack", "render", "nope", "--format", "html", "-o", "x.html").ExitCode);
}
