using CsCheck;

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

    [Fact]
    public void A_mistyped_command_is_a_one_line_usage_error_that_suggests_the_closest_command()
    {
        var run = CliRun.Of(Here, "reprot", "--out", "x");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("nhp: unknown command 'reprot'. Did you mean 'report'? See 'nhp --help'.\n", run.Error);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void A_mistyped_command_in_a_group_suggests_the_groups_command_and_points_to_the_groups_help()
    {
        var run = CliRun.Of(Here, "plan", "valdate", "plan.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("nhp: unknown command 'plan valdate'. Did you mean 'plan validate'? See 'nhp plan --help'.\n", run.Error);
    }

    [Fact]
    public void An_unknown_short_option_is_named_as_an_option_with_the_option_it_may_mean()
    {
        var run = CliRun.Of(Here, "-v");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("nhp: unknown option '-v'. Did you mean '--version'? See 'nhp --help'.\n", run.Error);
    }

    [Fact]
    public void An_option_before_a_group_command_is_a_usage_error_naming_the_group()
    {
        var run = CliRun.Of(Here, "plan", "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("nhp plan: unknown option '--json'. Give a command first. See 'nhp plan --help'.\n", run.Error);
    }

    [Fact]
    public void A_mistyped_option_of_a_command_suggests_the_option_it_may_mean()
    {
        var run = CliRun.Of(Here, "report", "--fromat", "md");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("nhp report: Unknown option --fromat (did you mean --format?); this command accepts --data, --format, --out. See 'nhp report --help'.\n", run.Error);
    }

    [Fact]
    public void Help_lists_the_help_and_version_options()
    {
        var run = CliRun.Of(Here, "-h");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"\nOptions:\n  -h, --help +Show help[^\n]*\n  --version +Print the version of nhp\.\n", run.Out);
    }

    [Fact]
    public void Every_command_prints_its_usage_for_h_and_for_help()
    {
        Assert.All(CliApp.Commands, command =>
        {
            string[] words = command.Name.Split(' ');
            foreach (var help in new[] { "-h", "--help" })
            {
                var run = CliRun.Of(Here, [.. words, help]);
                Assert.Equal(0, run.ExitCode);
                Assert.Equal(command.Usage, run.Out);
            }

            var helpCommand = CliRun.Of(Here, ["help", .. words]);
            Assert.Equal(command.Usage, helpCommand.Out);
        });
    }

    [Fact]
    public void Every_group_lists_its_commands_for_h()
    {
        foreach (var group in CliApp.Commands.Where(c => c.Name.Contains(' ', StringComparison.Ordinal)).Select(c => c.Name.Split(' ')[0]).Distinct())
        {
            var run = CliRun.Of(Here, group, "-h");

            Assert.Equal(0, run.ExitCode);
            Assert.StartsWith($"Usage: nhp {group} <command>", run.Out, StringComparison.Ordinal);
            Assert.All(CliApp.Commands.Where(c => c.Name.StartsWith(group + " ", StringComparison.Ordinal)), c => Assert.Contains(c.Name, run.Out, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Help_before_a_commands_name_prints_the_commands_usage()
    {
        var run = CliRun.Of(Here, "-h", "plan", "validate");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Usage: nhp plan validate", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_as_a_word_prints_the_general_help_or_a_commands()
    {
        Assert.Equal(CliApp.GeneralUsage(), CliRun.Of(Here, "help").Out);
        Assert.StartsWith("Usage: nhp plan <command>", CliRun.Of(Here, "help", "plan").Out, StringComparison.Ordinal);
        var unknown = CliRun.Of(Here, "help", "plna");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal("nhp: unknown command 'plna'. Did you mean 'plan'? See 'nhp --help'.\n", unknown.Error);
    }

    [Fact]
    public void The_version_with_anything_else_is_a_usage_error()
    {
        var run = CliRun.Of(Here, "--version", "report");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("nhp: --version takes no command or other arguments. See 'nhp --help'.\n", run.Error);
    }

    [Fact]
    public void An_argument_that_starts_with_an_at_sign_is_a_file_name_not_a_response_file()
    {
        var run = CliRun.Of(Here, "plan", "validate", "@missing.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("missing.txt", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Response file", run.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Any_command_line_that_names_no_command_gets_a_usage_answer_and_never_a_stack_trace()
    {
        var folder = Directory.CreateTempSubdirectory("nhp-cli-").FullName;
        try
        {
            string[] words = ["plan", "rules", "cdi", "-h", "--help", "--version", "-v", "-", "--", "help", "@x", "[suggest]", "[suggest:4]", "[suggest:-1]", "[diagram]", "\"", string.Empty];
            var word = Gen.OneOf([.. words.Select(Gen.Const), Gen.String[0, 8]]);
            Gen.Select(word, word.Array[0, 4]).Sample((first, rest) =>
            {
                var run = CliRun.Of(folder, [first, .. rest]);
                var usageListing = run.Error.StartsWith("Usage: nhp", StringComparison.Ordinal) || run.Error.StartsWith("nhp: neighbourhood", StringComparison.Ordinal);
                return run.ExitCode is 0 or 1 or 2
                    && !run.Error.Contains("   at ", StringComparison.Ordinal)
                    && (run.ExitCode == 0 || usageListing || run.Error.TrimEnd('\n').Split('\n').Length == 1);
            }, iter: 2000);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
