namespace Nhp.Cli.Tests.Commands;

/// <summary><c>nhp performance render</c> and <c>nhp spc --chart</c> on a user's own files.</summary>
public sealed class PerformanceRenderCommandTest : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("nhp-perf-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Sample => Path.Combine(AppContext.BaseDirectory, "Data", "measures-example.json");

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void The_sample_measures_file_renders_as_Markdown_with_both_judgements_and_its_comparisons()
    {
        var run = CliRun.Of(folder, "performance", "render", Sample);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# Policing Plan Performance Report: Quarter 3 2024/25\n", run.Out, StringComparison.Ordinal);

        // 181 against 175: +6, 6 / 175 = 3.4% -> 3%; the printed "3% (+6)" agrees.
        Assert.Contains("Residential burglary increased by 3% (+6) from Q2 to Q3 2024/25, from 175 to 181", run.Out, StringComparison.Ordinal);
        Assert.Contains("Its percentage agrees with the change against the earlier figure.", run.Out, StringComparison.Ordinal);

        // 79% against the 80% target with a stated tolerance of 2 points: AMBER.
        Assert.Contains("Victim satisfaction was 79% in Q3 2024/25, below the target of 80% (higher is better): missed, but within the tolerance of 2 percentage points, AMBER.", run.Out, StringComparison.Ordinal);

        // ASB is judged year on year: 640 -> 598 is -6.6%, within its stated 10%: amber.
        Assert.Contains("### Trend against the same quarter a year earlier", run.Out, StringComparison.Ordinal);
        Assert.Contains("Anti-social behaviour moved from 640 to 598", run.Out, StringComparison.Ordinal);
        Assert.Contains("NHS XmR", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("html", "<!DOCTYPE html>")]
    [InlineData("txt", "Policing Plan Performance Report: Quarter 3 2024/25\n")]
    public void The_other_formats_render_to_a_file(string format, string start)
    {
        var run = CliRun.Of(folder, "performance", "render", Sample, "--format", format, "-o", "out/report." + format);
        Assert.Equal(0, run.ExitCode);
        var text = File.ReadAllText(Path.Combine(folder, "out", "report." + format));
        Assert.StartsWith(start, text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_unusable_file_exits_2_with_the_file_and_line_and_writes_nothing()
    {
        var path = Write("bad.json", "{ \"format\": \"nhp-performance\", \"version\": 1,\n  \"title\": \"T\",\n  \"quarter\": \"autumn\",\n  \"measures\": [] }");
        var run = CliRun.Of(folder, "performance", "render", path, "-o", "report.md");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.json:3", run.Error, StringComparison.Ordinal);
        Assert.Contains("performance.import.value-invalid", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "report.md")));
    }

    [Fact]
    public void A_file_that_is_not_JSON_exits_2_with_a_one_line_message()
    {
        var run = CliRun.Of(folder, "performance", "render", Write("notes.json", "measures: a, b"));
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("nhp performance render: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("This is not a performance measures file in JSON", run.Error, StringComparison.Ordinal);
        Assert.Contains("notes.json", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_missing_file_or_an_unknown_format_exits_2()
    {
        Assert.Equal(2, CliRun.Of(folder, "performance", "render", "nowhere.json").ExitCode);
        Assert.Equal(2, CliRun.Of(folder, "performance", "render", Sample, "--format", "ics").ExitCode);
    }

    [Fact]
    public void Spc_writes_the_chart_of_the_series_as_svg_with_the_title_escaped()
    {
        var run = CliRun.Of(folder, "spc", "--method", "sd2", "--values", "413,428,371,409,395,402,388,520", "--chart", "chart.svg", "--title", "Crime <all>");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("centre: 415.75", run.Out, StringComparison.Ordinal);
        var svg = File.ReadAllText(Path.Combine(folder, "chart.svg"));
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg, StringComparison.Ordinal);
        Assert.Contains("<title id=\"spc-chart-title\">Crime &lt;all&gt;</title>", svg, StringComparison.Ordinal);
        Assert.Contains(">8</text>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chart_may_not_overwrite_the_values_file()
    {
        var values = Write("values.txt", "1\n2\n3\n");
        var run = CliRun.Of(folder, "spc", "--method", "sd2", "--file", values, "--chart", values);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("1\n2\n3\n", File.ReadAllText(values));
    }

    [Fact]
    public void Spc_with_a_missing_value_charts_the_others_labelled_by_their_position()
    {
        var run = CliRun.Of(folder, "spc", "--method", "sd2", "--values", "1,NA,3", "--chart", "gap.svg");
        Assert.Equal(0, run.ExitCode);
        var svg = File.ReadAllText(Path.Combine(folder, "gap.svg"));
        Assert.Contains(">3</text>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain(">2</text>", svg, StringComparison.Ordinal);
    }
}
