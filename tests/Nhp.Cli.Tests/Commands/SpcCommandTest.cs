using System.Text.Json;

namespace Nhp.Cli.Tests.Commands;

public class SpcCommandTest
{
    // R: set.seed(123); rnorm(20) (NHSRplotthedots tests/testthat/_snaps/ptd_spc_standard.md: lpl -3.01138, upl 3.294627).
    private const string Rnorm20 = "-0.56047565,-0.23017749,1.55870831,0.07050839,0.12928774,1.71506499,0.46091621,-1.26506123,-0.68685285,-0.44566197,1.22408180,0.35981383,0.40077145,0.11068272,-0.55584113,1.78691314,0.49785048,-1.96661716,0.70135590,-0.47279141";

    [Fact]
    public void The_nhs_json_has_the_documented_fields_and_agrees_with_NHSRplotthedots()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "spc", "--method", "nhs", "--values", Rnorm20, "--improvement", "increase", "--target", "5", "--json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("nhs", root.GetProperty("method").GetString());
        Assert.Equal(-3.01138, root.GetProperty("lowerLimit").GetDouble(), 4);
        Assert.Equal(3.294627, root.GetProperty("upperLimit").GetDouble(), 4);
        Assert.Equal(0.1416238, root.GetProperty("centre").GetDouble(), 6);
        var points = root.GetProperty("points");
        Assert.Equal(20, points.GetArrayLength());
        Assert.Equal(0, points[0].GetProperty("index").GetInt32());
        Assert.Equal(-0.56047565, points[0].GetProperty("value").GetDouble());
        Assert.Equal(JsonValueKind.Array, points[0].GetProperty("signals").ValueKind);
        Assert.Equal("common_cause", points[0].GetProperty("pointType").GetString());
        Assert.Equal("common_cause", root.GetProperty("variation").GetString());
        Assert.Equal("consistent_fail", root.GetProperty("assurance").GetString());
        Assert.False(root.TryGetProperty("runs", out _));
    }

    [Fact]
    public void The_anhoej_json_has_the_runs_analysis()
    {
        var values = string.Join(',', Enumerable.Range(0, 20).Select(i => i < 8 ? "1" : i % 2 == 0 ? "3" : "1"));
        var (_, output, _) = CliRunner.Run(string.Empty, "spc", "--method", "anhoej", "--values", values, "--json");
        using var json = JsonDocument.Parse(output);
        var runs = json.RootElement.GetProperty("runs");
        Assert.Equal(20, runs.GetProperty("usefulPoints").GetInt32());
        Assert.Equal(7, runs.GetProperty("longestRunLimit").GetInt32());
        Assert.Equal(6, runs.GetProperty("crossingsMinimum").GetInt32());
        Assert.True(runs.GetProperty("longestRun").GetInt32() >= 8);
        Assert.True(runs.GetProperty("signal").GetBoolean());
        Assert.Contains("shift", json.RootElement.GetProperty("points")[0].GetProperty("signals").EnumerateArray().Select(e => e.GetString()));
        Assert.False(json.RootElement.GetProperty("points")[0].TryGetProperty("pointType", out _));
    }

    [Fact]
    public void Values_are_read_one_per_line_from_standard_input()
    {
        var (exit, output, _) = CliRunner.Run("1\n2\n\n3\n2\n", "spc", "--method", "sd2", "--json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(4, json.RootElement.GetProperty("points").GetArrayLength());
        Assert.Equal(2.0, json.RootElement.GetProperty("centre").GetDouble());
    }

    [Fact]
    public void A_trend_is_reported_with_its_id()
    {
        var (_, output, _) = CliRunner.Run(string.Empty, "spc", "--method", "sd2", "--values", "5,1,2,3,4,5,6,7,8,2", "--json");
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["trend"], json.RootElement.GetProperty("points")[1].GetProperty("signals").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Screening_can_be_switched_off()
    {
        var values = Rnorm20.Split(',');
        values[14] = "10";
        var list = string.Join(',', values);
        using var on = JsonDocument.Parse(CliRunner.Run(string.Empty, "spc", "--method", "nhs", "--values", list, "--json").Out);
        using var off = JsonDocument.Parse(CliRunner.Run(string.Empty, "spc", "--method", "nhs", "--values", list, "--screen", "false", "--json").Out);
        Assert.Equal(3.722497, on.RootElement.GetProperty("upperLimit").GetDouble(), 4);
        Assert.Equal(5.935457, off.RootElement.GetProperty("upperLimit").GetDouble(), 4);
    }

    [Fact]
    public void A_constant_series_gives_a_clear_not_enough_data_answer()
    {
        var (exit, output, error) = CliRunner.Run(string.Empty, "spc", "--method", "nhs", "--values", "4,4,4,4", "--json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Contains("no variation", json.RootElement.GetProperty("notEnoughData").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("centre").ValueKind);
        Assert.Contains("not enough data", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_is_not_a_number_is_reported_with_its_position_and_the_accepted_forms()
    {
        var (exit, _, error) = CliRunner.Run(string.Empty, "spc", "--method", "nhs", "--values", "1,2,x3");
        Assert.Equal(2, exit);
        Assert.Contains("--values item 3", error, StringComparison.Ordinal);
        Assert.Contains("'x3' is not a number", error, StringComparison.Ordinal);
        Assert.Contains("Accepted forms", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_of_standard_input_that_is_not_a_number_is_reported_with_its_line()
    {
        var (exit, _, error) = CliRunner.Run("1\n2\nthree\n", "spc", "--method", "anhoej");
        Assert.Equal(2, exit);
        Assert.Contains("standard input:3", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--method", "xmr")]
    [InlineData("--screen", "yes")]
    [InlineData("--improvement", "up")]
    [InlineData("--target", "high")]
    public void A_bad_option_value_is_a_usage_error(string option, string value)
    {
        var args = option == "--method" ? new[] { "spc", option, value } : ["spc", "--method", "nhs", option, value, "--values", "1,2"];
        Assert.Equal(2, CliRunner.Run(string.Empty, args).Exit);
    }

    [Fact]
    public void The_table_output_lists_every_point()
    {
        var (_, output, _) = CliRunner.Run(string.Empty, "spc", "--method", "nhs", "--values", "1,2,3,2,1");
        Assert.Contains("method: nhs\n", output, StringComparison.Ordinal);
        Assert.Contains("4\t1\t\tcommon_cause\n", output, StringComparison.Ordinal);
    }

    [Theory]
    // Neighbourhood crime, four quarters: fewer than 13 points, so trial limits, whatever the method.
    [InlineData("nhs", "413,428,371,409", true)]
    [InlineData("sd2", "413,428,371,409", true)]
    // Thirteen points: not trial.
    [InlineData("nhs", "1,2,3,2,1,2,3,2,1,2,3,2,1", false)]
    public void The_trial_limits_warning_is_the_domain_s_answer(string method, string values, bool trial)
    {
        var expected = Nhp.Metrics.Spc.SpcAnalysis.Analyse(
            values.Split(',').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
            new Nhp.Metrics.Spc.SpcOptions(method == "nhs" ? Nhp.Metrics.Spc.SpcMethod.Nhs : Nhp.Metrics.Spc.SpcMethod.Sd2));
        Assert.Equal(trial, expected.IsTrial);

        var (_, output, _) = CliRunner.Run(string.Empty, "spc", "--method", method, "--values", values);
        Assert.Equal(trial, output.Contains("warning: fewer than 13 points; the limits are trial limits.\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Values_are_read_one_per_line_from_a_file_and_NA_is_a_missing_value()
    {
        var path = Path.Combine(Path.GetTempPath(), "nhp-spc-" + Guid.NewGuid().ToString("N") + ".txt");
        try
        {
            File.WriteAllText(path, "1\n2\n3\n");
            using (var json = JsonDocument.Parse(CliRunner.Run(string.Empty, "spc", "--method", "nhs", "--file", path, "--json").Out))
            {
                Assert.Equal(3, json.RootElement.GetProperty("points").GetArrayLength());
                Assert.True(json.RootElement.GetProperty("shortBaseline").GetBoolean());
            }

            File.WriteAllText(path, "1\nNA\n3\n");
            using (var json = JsonDocument.Parse(CliRunner.Run(string.Empty, "spc", "--method", "nhs", "--file", path, "--json").Out))
            {
                Assert.Contains("index 1", json.RootElement.GetProperty("notEnoughData").GetString(), StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Values_and_file_together_are_a_usage_error() =>
        Assert.Equal(2, CliRunner.Run(string.Empty, "spc", "--method", "nhs", "--values", "1,2", "--file", "x.txt").Exit);
}
