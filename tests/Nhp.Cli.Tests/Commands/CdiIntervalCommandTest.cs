using Nhp.Datasets.CityOfLondon;
using System.Globalization;
using System.Text.Json;
using Nhp.Datasets;
using Nhp.Integrity;
using Nhp.Reporting.Documents;
using Nhp.Reporting.Integrity;

namespace Nhp.Cli.Tests.Commands;

public sealed class CdiIntervalCommandTest
{
    private static readonly string Here = Directory.GetCurrentDirectory();

    [Fact]
    public void The_seed_overall_figure_gives_90_4_percent_with_a_normal_margin_of_4_3_points_in_json()
    {
        var run = CliRun.Of(Here, "cdi", "interval", "--recorded", "160", "--disclosed", "177", "--method", "normal", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(["format", "version", "rate", "lower", "upper", "marginOfError", "method", "confidence"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("nhp-cdi-interval", root.GetProperty("format").GetString());
        Assert.Equal(0.904, root.GetProperty("rate").GetDouble(), 0.0005);
        Assert.Equal(0.043, root.GetProperty("marginOfError").GetDouble(), 0.0005);
        Assert.Equal("normal", root.GetProperty("method").GetString());
        Assert.Equal(0.95, root.GetProperty("confidence").GetDouble());
        Assert.Equal(
            root.GetProperty("marginOfError").GetDouble(),
            (root.GetProperty("upper").GetDouble() - root.GetProperty("lower").GetDouble()) / 2,
            1e-15);
    }

    [Fact]
    public void The_exact_method_at_another_confidence_matches_Rs_binom_test()
    {
        // R: binom.test(682, 925)$conf.int = 0.7076683 0.7654066 (the example in ?binom.test).
        var run = CliRun.Of(Here, "cdi", "interval", "--recorded", "682", "--disclosed", "925", "--method", "exact", "--confidence", "95%", "--json");

        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(0.7076683, json.RootElement.GetProperty("lower").GetDouble(), 0.00000005);
        Assert.Equal(0.7654066, json.RootElement.GetProperty("upper").GetDouble(), 0.00000005);
        Assert.Equal("exact", json.RootElement.GetProperty("method").GetString());
    }

    [Fact]
    public void Without_json_the_interval_is_printed_as_a_committee_reads_it()
    {
        var run = CliRun.Of(Here, "cdi", "interval", "--recorded", "160", "--disclosed", "177");

        Assert.Equal("90.4% (95% CI 85.2%–93.9%, Wilson)\nMargin of error: ±4.3 percentage points (normal approximation)\n", run.Out);
    }

    [Theory]
    [InlineData("wilson", "0.95")]
    [InlineData("normal", "0.95")]
    [InlineData("exact", "0.9")]
    public void The_cli_and_the_report_give_the_same_margin_for_the_same_method_and_confidence(string method, string confidence)
    {
        // The issue: `nhp cdi interval --recorded 160 --disclosed 177` said ±4.4 (half the Wilson interval) where the
        // report said ±4.3 (the normal-approximation margin, 1.96 × √(p(1 − p)/n) = 0.0434). Both now print the margin
        // of CompliancePolicy.Estimate.
        var policy = new CompliancePolicy
        {
            Method = method switch { "wilson" => IntervalMethod.Wilson, "normal" => IntervalMethod.NormalApproximation, _ => IntervalMethod.ClopperPearson },
            Confidence = double.Parse(confidence, CultureInfo.InvariantCulture),
        };
        var review = CityOfLondonDataset.February2024.CrimeDataIntegrity! with { Policy = policy };
        var table = CrimeDataIntegrityReport.Build(review, "test").Blocks.OfType<Table>().First();
        var overall = table.Rows[0].Cells;
        var reportInterval = string.Concat(overall[4].Content.Select(i => i.PlainText));
        var reportMargin = string.Concat(overall[5].Content.Select(i => i.PlainText));

        var run = CliRun.Of(Here, "cdi", "interval", "--recorded", "160", "--disclosed", "177", "--method", method, "--confidence", confidence);

        var lines = run.Out.Split('\n');
        Assert.Contains(" CI " + reportInterval + ",", lines[0], StringComparison.Ordinal);
        Assert.Equal("Margin of error: " + reportMargin.Replace(" points", " percentage points (normal approximation)", StringComparison.Ordinal), lines[1]);
    }

    [Theory]
    [InlineData("--recorded", "177", "--disclosed", "160", "cannot exceed")]
    [InlineData("--recorded", "-1", "--disclosed", "160", "whole number")]
    [InlineData("--recorded", "0", "--disclosed", "0", "at least 1")]
    [InlineData("--recorded", "1", "--disclosed", "x", "'x'")]
    [InlineData("--recorded", "1", "--disclosed", "2", "--method", "bayes", "wilson, normal or exact")]
    [InlineData("--recorded", "1", "--disclosed", "2", "--confidence", "95", "between 0 and 1")]
    public void Bad_arguments_exit_2_with_a_clear_message(params string[] argsAndMessage)
    {
        var run = CliRun.Of(Here, ["cdi", "interval", .. argsAndMessage[..^1]]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(argsAndMessage[^1], run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }
}
