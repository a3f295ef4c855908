using System.Text.Json;

namespace Nhp.Cli.Tests.Commands;

// nhp plan validate --as-of: the RAG rules on the January 2024 plan.
public sealed class PlanValidateRagTest : IDisposable
{
    private readonly PlanCli cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void On_1_April_2024_the_JSON_lists_the_four_missed_deadlines_with_reported_and_expected_rag_and_exits_1()
    {
        var (exit, output, error) = cli.Run("plan", "validate", PlanCli.Seed, "--as-of", "2024-04-01", "--json");
        Assert.True(exit == 1, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("2024-04-01", json.RootElement.GetProperty("asOf").GetString());
        var missed = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("ruleId").GetString() == "rag.deadline.missed")
            .ToArray();
        Assert.Equal(["0.3", "1.9", "3.6", "4.1"], missed.Select(f => f.GetProperty("subject").GetString()));
        Assert.All(missed, f =>
        {
            Assert.Equal("error", f.GetProperty("severity").GetString());
            Assert.Equal("AMBER", f.GetProperty("reportedRag").GetString());
            Assert.Equal("RED", f.GetProperty("expectedRag").GetString());
            Assert.Contains("deadline of 31 March 2024", f.GetProperty("message").GetString(), StringComparison.Ordinal);
        });
        var tbc = json.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() == "rag.target.no-date");
        Assert.Equal(["2.5", "3.11", "4.6", "4.8", "4.9", "4.10"], tbc.Select(f => f.GetProperty("subject").GetString()));
    }

    [Fact]
    public void On_31_March_2024_no_deadline_is_missed_and_the_plan_validates_without_errors()
    {
        var (exit, output, error) = cli.Run("plan", "validate", PlanCli.Seed, "--as-of", "2024-03-31");
        Assert.True(exit == 0, error);
        Assert.DoesNotContain("rag.deadline.missed", output, StringComparison.Ordinal);
        Assert.Contains("warning rag.target.no-date [2.5 rag]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void As_of_plan_judges_at_the_date_the_plan_speaks_for()
    {
        var (_, output, error) = cli.Run("plan", "validate", PlanCli.Seed, "--as-of", "plan", "--json");
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.TryGetProperty("asOf", out var asOf), error);
        Assert.Equal("2024-01-31", asOf.GetString());
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString()!.StartsWith("rag.", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_as_of_no_RAG_rule_runs()
    {
        var (_, output, _) = cli.Run("plan", "validate", PlanCli.Seed, "--json");
        Assert.DoesNotContain("\"rag.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("reportedRag", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("01/04/2024")]
    [InlineData("2024-02-30")]
    public void A_date_not_written_yyyy_mm_dd_is_a_usage_error_that_shows_the_form(string date)
    {
        var (exit, _, error) = cli.Run("plan", "validate", PlanCli.Seed, "--as-of", date);
        Assert.Equal(2, exit);
        Assert.Contains("yyyy-mm-dd, such as 2024-04-01", error, StringComparison.Ordinal);
    }
}
