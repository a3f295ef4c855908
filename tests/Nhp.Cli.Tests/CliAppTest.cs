namespace Nhp.Cli.Tests;

public sealed class CliAppTest
{
    private static readonly string Here = Directory.GetCurrentDirectory();

    [Fact]
    public void With_no_arguments_the_usage_goes_to_standard_error_and_the_exit_code_is_2()
    {
        var run = CliRun.Of(Here);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Usage: nhp <command>", run.Error, StringComparison.Ordinal);
        Assert.Contains("report", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void Help_lists_every_command_and_exits_0()
    {
        var run = CliRun.Of(Here, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.All(CliApp.Commands, c => Assert.Contains(c.Name, run.Out, StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error()
    {
        var run = CliRun.Of(Here, "frobnicate", "--now");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("nhp: unknown command 'frobnicate'.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_commands_help_prints_its_usage_and_exits_0()
    {
        var run = CliRun.Of(Here, "report", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Usage: nhp report --out <dir>", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_version_is_printed()
    {
        var run = CliRun.Of(Here, "--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Out);
    }

    [Fact]
    public void A_command_groups_help_lists_its_commands_and_exits_0()
    {
        var run = CliRun.Of(Here, "plan", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Usage: nhp plan <command>", run.Out, StringComparison.Ordinal);
        Assert.All(CliApp.Commands.Where(c => c.Name.StartsWith("plan ", StringComparison.Ordinal)), c => Assert.Contains(c.Name, run.Out, StringComparison.Ordinal));
    }

    [Fact]
    public void A_command_group_without_a_command_is_a_usage_error_that_lists_its_commands()
    {
        var run = CliRun.Of(Here, "plan");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("plan validate", run.Error, StringComparison.Ordinal);
    }
}
