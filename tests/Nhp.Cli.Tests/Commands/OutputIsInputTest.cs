namespace Nhp.Cli.Tests.Commands;

/// <summary>No command overwrites its own input: <c>-o</c> naming an input is exit 2 and the input is unchanged.</summary>
public sealed class OutputIsInputTest : IDisposable
{
    private readonly PlanCli cli = new();

    public void Dispose() => cli.Dispose();

    [Theory]
    [InlineData("plan", "import", PlanCli.Seed, "-o", PlanCli.Seed)]
    [InlineData("plan", "import", PlanCli.Seed, "-o", "./" + PlanCli.Seed)]
    [InlineData("plan", "render", PlanCli.Seed, "--format", "md", "-o", PlanCli.Seed)]
    [InlineData("plan", "diff", PlanCli.Seed, "other.txt", "-o", "other.txt")]
    [InlineData("plan", "import", PlanCli.Seed, "--objectives", "objectives.txt", "-o", "objectives.txt")]
    public void A_plan_command_refuses_to_write_over_its_input(params string[] args)
    {
        cli.Write("other.txt", cli.Read(PlanCli.Seed));
        cli.Write("objectives.txt", "1\tKeep people safe\n");
        var before = Directory.GetFiles(cli.Directory).ToDictionary(f => f, File.ReadAllText);

        var (exit, _, error) = cli.Run(args);

        Assert.Equal(2, exit);
        Assert.Contains("is also an input of this command", error, StringComparison.Ordinal);
        Assert.All(before, pair => Assert.Equal(pair.Value, File.ReadAllText(pair.Key)));
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), Directory.GetFiles(cli.Directory).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Panels_render_refuses_to_write_over_its_input()
    {
        using var files = new PanelsTestFiles();
        var input = Path.Combine(files.Folder, PanelsTestFiles.Sample);
        var before = File.ReadAllText(input);

        var (exit, _, error) = files.Run("panels", "render", PanelsTestFiles.Sample, "-o", PanelsTestFiles.Sample);

        Assert.Equal(2, exit);
        Assert.Contains("is also an input of this command", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(input));
    }
}
