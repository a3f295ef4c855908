using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Nhp.Cli.Tests;

public sealed partial class CommandTreeTest
{
    private static readonly string Here = AppContext.BaseDirectory;

    [Theory]
    [InlineData("nhp r", "recommendations\nreferences\nreport\nrules\n")]
    [InlineData("nhp pl", "plan\n")]
    [InlineData("nhp plan v", "validate\n")]
    [InlineData("nhp rules ", "explain\nlist\n")]
    [InlineData("nhp spc --method ", "anhoej\nnhs\nsd2\n")]
    [InlineData("nhp spc --method n", "nhs\n")]
    [InlineData("nhp report --f", "--format\n")]
    [InlineData("nhp report --format h", "html\n")]
    [InlineData("nhp plan validate plan.txt --input-format ", "csv\ndocx\njson\ntext\nxlsx\n")]
    [InlineData("nhp rules explain rag.deadline.m", "rag.deadline.missed\n")]
    public void The_suggest_directive_completes_the_word_at_the_cursor(string line, string expected)
    {
        var run = Suggest(line, line.Length);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected, run.Out);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void Where_a_file_is_expected_nothing_is_offered_so_the_shell_offers_file_names()
    {
        Assert.Empty(Suggest("nhp plan validate ", 18).Out);
        Assert.Empty(Suggest("nhp report --out ", 17).Out);
    }

    [Fact]
    public void Options_are_offered_once_a_dash_is_typed()
    {
        var run = Suggest("nhp plan validate plan.txt -", 28);

        Assert.Equal("--as-of\n--help\n--input-format\n--json\n--objectives\n--title\n-h\n", run.Out);
    }

    [Fact]
    public void The_word_under_the_cursor_is_completed_not_the_last_word()
    {
        Assert.Equal("recommendations\nreferences\nreport\nrules\n", Suggest("nhp r --out x", 5).Out);
    }

    [Fact]
    public void The_first_level_offers_every_command_group_and_no_hidden_command()
    {
        var offered = Suggest("nhp ", 4).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var expected = CliApp.Commands.Select(c => c.Name.Split(' ')[0]).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expected, offered.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_command_with_only_a_name_summary_usage_and_run_gets_its_options_from_its_usage()
    {
        var tree = new CommandTree([new Plain()]);

        Assert.Equal(["--count", "--help", "--quiet"], tree.Complete("nhp plain thing --", 18));
        Assert.Equal(["thing"], tree.Complete("nhp plain t", 11));
        Assert.Same(tree.CommandOf(tree.Find(["plain", "thing"])!), tree.CommandsUnder(tree.Root).Single());
    }

    [Fact]
    public void Every_option_a_command_declares_is_one_its_parser_accepts()
    {
        Assert.All(CliApp.Commands, command =>
        {
            var words = command.Name.Split(' ');
            var run = CliRun.Of(Here, [.. words, "--not-an-option-of-any-command"]);
            var accepted = AcceptedOptions().Match(run.Error);
            string[] parsed = accepted.Success ? accepted.Groups["list"].Value.Split(", ") : [];
            Assert.True(accepted.Success || run.Error.Contains("this command takes no options", StringComparison.Ordinal), run.Error);
            Assert.Equal(parsed.Order(StringComparer.Ordinal), command.Options.Select(o => o.Name).Order(StringComparer.Ordinal));
            foreach (var alias in command.Options.SelectMany(o => o.Aliases))
            {
                Assert.DoesNotContain($"Unknown option {alias}", CliRun.Of(Here, [.. words, alias]).Error, StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public void The_bash_completion_in_the_readme_completes_a_partial_command()
    {
        Assert.SkipUnless(File.Exists("/bin/bash"), "bash is not installed here.");
        var script = ReadmeBlock("bash");
        var nhp = Path.Combine(Here, "nhp.dll");

        var output = Bash(
            $$"""
            nhp() { dotnet '{{nhp}}' "$@"; }
            {{script}}
            COMP_LINE='nhp plan v'; COMP_POINT=10; COMP_WORDS=(nhp plan v); COMP_CWORD=2
            _nhp_complete
            printf '%s\n' "${COMPREPLY[@]}"
            COMP_LINE='nhp r'; COMP_POINT=5; COMP_WORDS=(nhp r); COMP_CWORD=1
            _nhp_complete
            printf '%s\n' "${COMPREPLY[@]}"
            complete -p nhp
            """);

        Assert.Equal("validate\nrecommendations\nreferences\nreport\nrules\ncomplete -o default -F _nhp_complete nhp\n", output);
    }

    [Fact]
    public void The_readme_gives_the_setup_for_bash_zsh_and_powershell()
    {
        Assert.Contains("[suggest:", ReadmeBlock("bash"), StringComparison.Ordinal);
        Assert.Contains("[suggest:", ReadmeBlock("zsh"), StringComparison.Ordinal);
        Assert.Contains("[suggest:", ReadmeBlock("powershell"), StringComparison.Ordinal);
    }

    private static CliRun Suggest(string line, int position) =>
        CliRun.Of(Here, string.Create(CultureInfo.InvariantCulture, $"[suggest:{position}]"), line);

    private static string ReadmeBlock(string language)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        var section = readme[readme.IndexOf("\n### Tab completion\n", StringComparison.Ordinal)..];
        var start = section.IndexOf($"```{language}\n", StringComparison.Ordinal) + language.Length + 4;
        return section[start..section.IndexOf("```", start, StringComparison.Ordinal)];
    }

    private static string Bash(string script)
    {
        var start = new ProcessStartInfo("/bin/bash", ["--norc", "--noprofile", "-c", script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "bash did not finish.");
        Assert.True(process.ExitCode == 0, error.Result);
        return output.Result;
    }

    private static string RepositoryRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", ".."));

    [GeneratedRegex("; this command accepts (?<list>[^.]+)\\.")]
    private static partial Regex AcceptedOptions();

    /// <summary>A command written against the first version of <see cref="ICommand"/>: no options declared.</summary>
    private sealed class Plain : ICommand
    {
        public string Name => "plain thing";

        public string Summary => "A command with only the members every command has.";

        public string Usage =>
            """
            Usage: nhp plain thing [--count <n>] [--quiet]

            Options:
              --count <n>   How many.
              --quiet       Say nothing.

            """;

        public int Run(IReadOnlyList<string> args, CliContext context) => ExitCodes.Success;
    }
}
