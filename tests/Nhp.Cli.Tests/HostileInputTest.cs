using System.Text.Json.Nodes;
using Nhp.Cli.Tests.Commands;

namespace Nhp.Cli.Tests;

/// <summary>
/// Each unusable input found by trying the command as a hostile tester would: exit code 2 (or a located finding)
/// with one line naming the place and saying what is wrong, never a .NET message, and never a non-finite result.
/// </summary>
public sealed class HostileInputTest : IDisposable
{
    private static readonly string[] DotNetWords = ["Object reference", "Value should be in range", "Date computation", "Arithmetic operation", "Parameter '", "Access to the path", "Exception", "   at "];

    private readonly PanelsTestFiles files = new();

    public void Dispose() => files.Dispose();

    private static void NoDotNetMessage(string text) =>
        Assert.All(DotNetWords, word => Assert.DoesNotContain(word, text, StringComparison.Ordinal));

    private static void OneLine(string text) => Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("sd2", "1e308,-1e308,1e308,-1e308")]
    [InlineData("nhs", "1e308,-1e308,1e308,-1e308")]
    [InlineData("anhoej", "1e308,-1e308,1e308,-1e308")]
    [InlineData("nhs", "1e300,1e300,1e308,1e308,1e308")]
    public void Values_whose_arithmetic_overflows_are_refused_never_printed_as_infinite_or_nan_limits(string method, string values)
    {
        var run = CliRun.Of(files.Folder, "spc", "--method", method, "--values", values);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.StartsWith("nhp spc: --values item 1: '1e30", run.Error, StringComparison.Ordinal);
        Assert.Contains("between -1e15 and 1e15", run.Error, StringComparison.Ordinal);
        OneLine(run.Error);
    }

    [Fact]
    public void Values_at_the_bound_give_finite_limits()
    {
        var run = CliRun.Of(files.Folder, "spc", "--method", "nhs", "--values", "1e15,-1e15,1e15,-1e15", "--json");

        Assert.Equal(0, run.ExitCode);
        var json = JsonNode.Parse(run.Out)!;
        // Mean 0; mean moving range 2e15; nhs limits are the mean ± 2.66 × the mean moving range = ±5.32e15.
        Assert.Equal(5.32e15, json["upperLimit"]!.GetValue<double>(), 1);
    }

    [Fact]
    public void A_confidence_too_close_to_1_to_compute_is_a_usage_error()
    {
        var run = CliRun.Of(files.Folder, "cdi", "interval", "--recorded", "5", "--disclosed", "10", "--confidence", "0.9999999999999999");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("nhp cdi interval: --confidence must be between 0 and 1, from 0.000001 to 0.999999 (e.g. 0.95 or 95%), not '0.9999999999999999'. See 'nhp cdi interval --help'.\n", run.Error);
    }

    [Fact]
    public void Counts_of_int_max_value_in_a_review_are_located_errors_not_an_overflow()
    {
        files.Write("big.csv", "title,Audit\ncategory,violence,2147483647,2147483647\ncategory,n100,2147483647,2147483647\n");

        var (exit, _, error) = files.Run("cdi", "render", "big.csv");

        Assert.Equal(1, exit);
        Assert.Contains("big.csv:2", error, StringComparison.Ordinal);
        Assert.Contains("'2147483647' is too large for disclosed: counts are at most 10,000,000.", error, StringComparison.Ordinal);
        NoDotNetMessage(error);
    }

    [Fact]
    public void Int_max_value_in_an_engagement_model_is_rendered_and_reported_without_overflow()
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(files.Folder, PanelsTestFiles.Sample)))!;
        json["model"]!["meetingsPerClusterPerYear"] = int.MaxValue;
        files.Write("max.json", json.ToJsonString());

        var (exit, output, error) = files.Run("panels", "render", "max.json");

        Assert.Equal(0, exit);
        // 6 clusters x 2,147,483,647 meetings each = 12,884,901,882, beyond int: the total must not overflow.
        Assert.Contains("12,884,901,882 meetings across 6 clusters", output, StringComparison.Ordinal);
        NoDotNetMessage(output + error);
    }

    [Theory]
    [InlineData("meetings", "date", "9999-12-31")]
    [InlineData("meetings", "date", "0000-01-01")]
    public void A_date_outside_the_supported_years_is_a_located_finding(string list, string field, string value)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(files.Folder, PanelsTestFiles.Sample)))!;
        json[list]![0]![field] = value;
        files.Write("far.json", json.ToJsonString());

        var (exit, output, _) = files.Run("panels", "validate", "far.json");

        Assert.Equal(1, exit);
        Assert.Contains($"error engagement.import.item-invalid [far.json $.{list}[0].{field}] far.json:1:", output, StringComparison.Ordinal);
        Assert.Contains($"'{value}' is outside the years from 1000 to 2999", output, StringComparison.Ordinal);
        NoDotNetMessage(output);
    }

    [Fact]
    public void A_year_9999_as_of_date_is_refused_with_its_location()
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(files.Folder, PanelsTestFiles.Sample)))!;
        json["asOf"] = "9999-12-31";
        files.Write("far.json", json.ToJsonString());

        var (exit, output, error) = files.Run("panels", "render", "far.json");

        Assert.NotEqual(0, exit);
        Assert.Contains("9999-12-31", output + error, StringComparison.Ordinal);
        NoDotNetMessage(output + error);
    }

    [Fact]
    public void Null_inside_an_engagement_array_is_a_located_finding()
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(files.Folder, PanelsTestFiles.Sample)))!;
        json["events"]![0]!["audiences"] = new JsonArray((JsonNode?)null);
        json["events"]!.AsArray().Add(null);
        files.Write("nulls.json", json.ToJsonString());

        var (exit, output, _) = files.Run("panels", "validate", "nulls.json");

        Assert.Equal(1, exit);
        Assert.Contains("[nulls.json $.events[0].audiences[0]] nulls.json:1:", output, StringComparison.Ordinal);
        Assert.Contains("The event at $.events[", output, StringComparison.Ordinal);
        NoDotNetMessage(output);
    }

    [Fact]
    public void A_duplicate_key_at_the_top_of_a_file_is_refused_with_its_line()
    {
        var text = File.ReadAllText(Path.Combine(files.Folder, PanelsTestFiles.Sample));
        var at = text.IndexOf("\"asOf\"", StringComparison.Ordinal);
        files.Write("twice.json", text.Insert(at, "\"asOf\": \"2020-01-01\",\n  "));

        var (exit, _, error) = files.Run("panels", "validate", "twice.json");

        Assert.Equal(2, exit);
        Assert.Contains("The property 'asOf' appears twice", error, StringComparison.Ordinal);
        OneLine(error);
    }

    [Fact]
    public void A_duplicate_key_inside_a_plan_is_refused_not_last_wins()
    {
        using var cli = new PlanCli();
        cli.Run("plan", "import", PlanCli.Seed, "-o", "plan.json");
        var json = cli.Read("plan.json");
        var at = json.IndexOf("\"rag\": \"green\",", StringComparison.Ordinal);
        cli.Write("twice.json", json.Insert(at, "\"rag\": \"red\", "));

        var (exit, output, error) = cli.Run("plan", "validate", "twice.json");

        Assert.Equal(2, exit);
        Assert.Contains("The property 'rag' appears twice in one object; keep one.", output + error, StringComparison.Ordinal);
        NoDotNetMessage(output + error);
    }

    [Fact]
    public void Duplicate_deliverables_in_plan_diff_are_exit_2_with_the_code()
    {
        using var cli = new PlanCli();
        cli.Run("plan", "import", PlanCli.Seed, "-o", "plan.json");
        var plan = JsonNode.Parse(cli.Read("plan.json"))!;
        var deliverables = plan["plan"]!["objectives"]![0]!["deliverables"]!.AsArray();
        deliverables.Add(deliverables[0]!.DeepClone());
        cli.Write("twice.json", plan.ToJsonString());

        var (exit, _, error) = cli.Run("plan", "diff", "plan.json", "twice.json");

        Assert.Equal(2, exit);
        Assert.Equal("nhp plan diff: twice.json: code: Deliverable '0.1' appears more than once; each deliverable must appear once to be compared (run 'nhp plan validate' to see every error).\n", error);
    }

    [Theory]
    [InlineData("plan", "validate", ".")]
    [InlineData("panels", "validate", ".")]
    [InlineData("cdi", "render", ".")]
    [InlineData("spc", "--method", "sd2", "--file", ".")]
    public void A_folder_given_as_a_file_is_exit_2_with_a_sentence(params string[] args)
    {
        var (exit, _, error) = files.Run(args);

        Assert.Equal(2, exit);
        Assert.Contains("'.' is a folder; give the path of a file in it.", error, StringComparison.Ordinal);
        NoDotNetMessage(error);
        OneLine(error);
    }

    [Fact]
    public void A_device_or_a_pipe_is_never_read()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var (exit, _, error) = files.Run("plan", "validate", "/dev/zero");

        Assert.Equal(2, exit);
        Assert.Contains("'/dev/zero' is a device or pipe, not a file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_pipe_is_refused_without_waiting_for_a_writer()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = Path.Combine(files.Folder, "pipe");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo) ?? throw new InvalidOperationException("mkfifo did not start."))
        {
            mkfifo.WaitForExit();
        }

        var (exit, _, error) = files.Run("panels", "validate", "pipe");

        Assert.Equal(2, exit);
        Assert.Contains("'pipe' is a device or pipe, not a file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_line_in_a_review_is_a_finding_not_last_wins()
    {
        files.Write("twice.csv", "title,Audit\ncategory,violence,49,40\ncategory,violence,49,40\n");

        var (exit, _, error) = files.Run("cdi", "render", "twice.csv");

        Assert.Equal(1, exit);
        Assert.Contains("error cdi.audit.category-repeated [Violence category] twice.csv:3: The category 'Violence' is listed more than once", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_usage_error_is_one_line_pointing_at_help()
    {
        var run = CliRun.Of(files.Folder, "spc", "--bogus");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("nhp spc: Unknown option --bogus; this command accepts --chart, --file, --improvement, --json, --method, --screen, --target, --title, --values. See 'nhp spc --help'.\n", run.Error);
    }

    [Fact]
    public void Control_characters_and_long_input_are_escaped_and_cut_in_messages()
    {
        var hostile = "\u001b]0;owned\u0007\u202Eevil" + new string('x', 1_000_000);

        var run = CliRun.Of(files.Folder, "spc", "--method", "sd2", "--values", hostile);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(@"nhp spc: --values item 1: '\u001B]0;owned\u0007\u202Eevilxxx", run.Error, StringComparison.Ordinal);
        Assert.Contains("… (1000015 characters)", run.Error, StringComparison.Ordinal);
        Assert.True(run.Error.Length < 400, run.Error.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain('\u001b', run.Error);
        Assert.DoesNotContain('\u202E', run.Error);
        OneLine(run.Error);
    }
}
