using Nhp.Delivery;

namespace Nhp.Cli.Tests.Commands;

public sealed class PlanDiffCommandTest : IDisposable
{
    private readonly PlanCli cli = new();

    public void Dispose() => cli.Dispose();

    // CONSTRUCTED TEST DATA: a hypothetical April 2024 paper made from the January plan (the seeds hold only January):
    // 1.9 re-rated RED with a new date, 0.3 GREEN and complete, every other deliverable as in January.
    private string WriteAprilPaper()
    {
        Assert.Equal(0, cli.Run("plan", "import", PlanCli.Seed, "-o", "january.json").Exit);
        var january = PlanJson.Read(new StringReader(cli.Read("january.json"))).GetValueOrThrow();
        var april = new YearMonthChange(new NodaTime.YearMonth(2024, 4));
        var plan = january with
        {
            Objectives = [.. january.Objectives.Select(o => o with { Deliverables = [.. o.Deliverables.Select(april.Apply)] })],
        };
        return cli.Write("april.json", PlanJson.Write(plan));
    }

    [Fact]
    public void The_changes_between_two_plan_files_are_written_as_markdown()
    {
        var april = WriteAprilPaper();
        var (exit, output, error) = cli.Run("plan", "diff", "january.json", april);
        Assert.True(exit == 0, error);
        Assert.Contains("Comparing the status update of January 2024 with that of April 2024.", output, StringComparison.Ordinal);
        Assert.Contains("| 0.3 | Better | **AMBER** | **GREEN** | 31/03/2024 | Complete |", output, StringComparison.Ordinal);
        Assert.Contains("| 1.9 | Worse | **AMBER** | **RED** | 31/03/2024 | 30/06/2024 |", output, StringComparison.Ordinal);
        Assert.Contains("2 deliverables re-rated (1 better, 1 worse)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_changes_can_be_written_as_an_html_file()
    {
        var april = WriteAprilPaper();
        var (exit, output, _) = cli.Run("plan", "diff", "january.json", april, "--format", "html", "-o", "changes.html");
        Assert.Equal(0, exit);
        Assert.Empty(output);
        Assert.StartsWith("<!DOCTYPE html>", cli.Read("changes.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_changes_can_be_written_as_plain_text()
    {
        var april = WriteAprilPaper();
        var (exit, output, error) = cli.Run("plan", "diff", "january.json", april, "--format", "txt");
        Assert.True(exit == 0, error);
        Assert.StartsWith("What changed since the last paper\n=================================\n", output, StringComparison.Ordinal);
        Assert.Contains("2 deliverables re-rated (1 better, 1 worse)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("|", output, StringComparison.Ordinal);
        Assert.DoesNotContain("<", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Comparing_a_paper_with_itself_shows_no_change()
    {
        var (exit, output, _) = cli.Run("plan", "diff", PlanCli.Seed, PlanCli.Seed);
        Assert.Equal(0, exit);
        Assert.Contains("No deliverable was added, removed, re-rated or given a new target.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_an_unknown_format_or_one_plan_are_errors_with_exit_code_2()
    {
        Assert.Equal(2, cli.Run("plan", "diff", PlanCli.Seed, "missing.json").Exit);
        Assert.Equal(2, cli.Run("plan", "diff", PlanCli.Seed, PlanCli.Seed, "--format", "pdf").Exit);
        Assert.Equal(2, cli.Run("plan", "diff", PlanCli.Seed).Exit);
    }

    private sealed class YearMonthChange(NodaTime.YearMonth month)
    {
        public Deliverable Apply(Deliverable d)
        {
            var latest = d.Latest!;
            var update = d.Code.ToString() switch
            {
                "0.3" => latest with { AsOf = month, Rag = RagStatus.Green, Target = Target.Parse("Complete") },
                "1.9" => latest with { AsOf = month, Rag = RagStatus.Red, Target = Target.Parse("30/06/2024") },
                _ => latest with { AsOf = month },
            };
            return d with { Updates = [update] };
        }
    }
}
