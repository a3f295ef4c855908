namespace Nhp.Cli;

/// <summary>One <c>nhp</c> command, such as <c>report</c> or <c>plan validate</c>.</summary>
internal interface ICommand
{
    /// <summary>The words that select the command, e.g. <c>plan validate</c>.</summary>
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>The usage text: synopsis, then options.</summary>
    string Usage { get; }

    /// <summary>Runs the command with the arguments after its name and returns the exit code.</summary>
    int Run(IReadOnlyList<string> args, CliContext context);
}
