namespace Nhp.Cli.Tests;

public sealed class CommandOptionTest
{
    private const string Usage =
        """
        Usage: nhp thing <file> [--out <dir>] [--screen true|false] [--json]

        Does a thing. --not-an-option here is prose.

        Options:
          --out, -o <dir>     The folder to write to (created if missing).
          --objectives <file> The objectives, one a line, used to repair damaged
                              headings; a second line of the description.
          --screen true|false Drop large moving ranges.
          --json              Write JSON.
          --out <dir>         The same option listed twice is kept once.

        The file is JSON:
          --hidden <x>  not an option: the section has ended.

        """;

    [Fact]
    public void The_options_section_of_a_usage_gives_each_options_names_value_and_description()
    {
        var options = CommandOption.FromUsage(Usage);

        Assert.Equal(["--out", "--objectives", "--screen", "--json"], options.Select(o => o.Name));
        var output = options[0];
        Assert.Equal(["-o"], output.Aliases);
        Assert.True(output.TakesValue);
        Assert.Equal("The folder to write to (created if missing).", output.Description);
        Assert.Empty(output.Values);
        Assert.Equal("The objectives, one a line, used to repair damaged", options[1].Description);
        Assert.Equal(["true", "false"], options[2].Values);
        Assert.False(options[3].TakesValue);
    }

    [Fact]
    public void A_usage_without_an_options_section_declares_no_option()
    {
        Assert.Empty(CommandOption.FromUsage("Usage: nhp rules explain <id>\n\nPrints the rule. --json is not read here.\n"));
    }

    [Fact]
    public void Values_can_be_given_to_one_option_by_name()
    {
        var options = CommandOption.WithValues(CommandOption.FromUsage(Usage), "--out", "a", "b");

        Assert.Equal(["a", "b"], options[0].Values);
        Assert.Equal(["true", "false"], options[2].Values);
        Assert.Equal(options, CommandOption.WithValues(options, "--nothing", "x"));
    }
}
