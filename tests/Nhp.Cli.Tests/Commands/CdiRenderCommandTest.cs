using Nhp.Datasets.CityOfLondon;
using Nhp.Datasets;
using Nhp.Reporting;

namespace Nhp.Cli.Tests.Commands;

public sealed class CdiRenderCommandTest : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("nhp-cdi-test-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Without_a_file_the_embedded_review_is_rendered_and_its_warnings_go_to_standard_error()
    {
        var run = CliRun.Of(directory, "cdi", "render", "--format", "html");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(ReportCatalog.Default.Find("crime-data-integrity")!.RenderToString(CityOfLondonDataset.February2024, ReportFormat.Html), run.Out);
        Assert.Contains("warning cdi.audit.overall-reconciles [overall disclosed]", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void With_format_txt_the_embedded_review_is_rendered_as_plain_text()
    {
        var run = CliRun.Of(directory, "cdi", "render", "--format", "txt");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(ReportCatalog.Default.Find("crime-data-integrity")!.RenderToString(CityOfLondonDataset.February2024, ReportFormat.Text), run.Out);
        Assert.Contains("±4.3 points", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_is_rendered_and_its_errors_are_listed_with_their_lines_and_exit_1()
    {
        File.WriteAllText(Path.Combine(directory, "audit.csv"), "title,Audit\ncategory,violence,40,49\ncategory,n100,22,16\n");

        var run = CliRun.Of(directory, "cdi", "render", "audit.csv");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("# Audit: audit.csv\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("error cdi.audit.recorded-above-disclosed [Violence recorded] audit.csv:2:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_line_is_an_error_finding_naming_the_file_and_line_and_exits_1()
    {
        File.WriteAllText(Path.Combine(directory, "audit.csv"), "title,Audit\ncategory,burglary,10,9\n");

        var run = CliRun.Of(directory, "cdi", "render", "audit.csv");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error cdi.import.value-invalid [audit.csv category] audit.csv:2:", run.Error, StringComparison.Ordinal);
        Assert.Contains("Unknown audit category 'burglary'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_and_an_unknown_format_exit_2()
    {
        Assert.Equal(2, CliRun.Of(directory, "cdi", "render", "missing.csv").ExitCode);
        Assert.Equal(2, CliRun.Of(directory, "cdi", "render", "--format", "csv").ExitCode);
    }
}
