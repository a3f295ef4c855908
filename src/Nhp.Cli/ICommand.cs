namespace Nhp.Cli;

/// <summary>One <c>nhp</c> command, such as <c>report</c> or <c>plan validate</c>.</summary>
/// <remarks>
/// <see cref="CliApp"/> builds the command tree from <see cref="Name"/> (one word per level), shows
/// <see cref="Usage"/> for <c>--help</c>, and passes the arguments after the name to <see cref="Run"/>, which parses
/// them (usually with <see cref="Arguments"/>). <see cref="Options"/> and <see cref="ArgumentValues"/> only tell tab
/// completion what to offer; their defaults serve a command that declares nothing more.
/// </remarks>
internal interface ICommand
{
    /// <summary>The words that select the command, e.g. <c>plan validate</c>.</summary>
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>The usage text: synopsis, then options.</summary>
    string Usage { get; }

    /// <summary>
    /// The options the command accepts, for tab completion and help. By default, those listed in the
    /// <c>Options:</c> section of <see cref="Usage"/> (see <see cref="CommandOption.FromUsage"/>); a command overrides
    /// this to offer values for an option.
    /// </summary>
    IReadOnlyList<CommandOption> Options => CommandOption.FromUsage(Usage);

    /// <summary>The values tab completion offers for the command's positional arguments; by default none, so the shell offers file names.</summary>
    IEnumerable<string> ArgumentValues => [];

    /// <summary>Runs the command with the arguments after its name and returns the exit code.</summary>
    int Run(IReadOnlyList<string> args, CliContext context);
}
