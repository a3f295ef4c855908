using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace Nhp.Cli;

/// <summary>
/// The <c>nhp</c> command tree on System.CommandLine, built once from <see cref="CliApp.Commands"/>: a group command for
/// each first word (<c>plan</c>), a command for each <see cref="ICommand"/> with the options it declares, <c>-h</c>/<c>--help</c>
/// everywhere, <c>--version</c> on the root, a hidden <c>help [command]</c>, and the <c>[suggest]</c> directive for tab
/// completion. System.CommandLine finds the command and completes words; the command itself parses the arguments after
/// its name (<see cref="ICommand.Run"/>), so its messages and exit codes stay its own. Immutable once built; thread-safe.
/// </summary>
/// <remarks>
/// The commands' options (<see cref="ICommand.Options"/>) are only for tab completion, so a tree for running a command
/// is built without them: reading 24 usage texts would double the time <c>nhp --help</c> takes to start.
/// </remarks>
internal sealed class CommandTree
{
    private readonly Dictionary<Command, ICommand> commands = [];
    private readonly ParserConfiguration configuration = new()
    {
        // An argument such as @plan.txt is a file name, never a file of further arguments; -abc is one option.
        ResponseFileTokenReplacer = null,
        EnablePosixBundling = false,
    };

    /// <summary>Builds the tree of the commands.</summary>
    /// <param name="list">The commands, in the order help lists them.</param>
    /// <param name="withOptions">Whether to declare each command's options and argument values (for tab completion).</param>
    public CommandTree(IReadOnlyList<ICommand> list, bool withOptions = true)
    {
        Root = new RootCommand("Neighbourhood-policing strategy and performance reports.");
        Root.Options.Clear();
        Root.Directives.Clear();
        Help = new HelpOption("--help", "-h") { Description = "Show help: for nhp, a command group or a command." };
        Version = new VersionOption { Description = "Print the version of nhp." };
        Suggest = new SuggestDirective();
        Root.Options.Add(Help);
        Root.Options.Add(Version);
        Root.Directives.Add(Suggest);
        HelpCommand = new Command("help", "Show help for nhp or for a command.") { Hidden = true, TreatUnmatchedTokensAsErrors = false };
        HelpCommand.Arguments.Add(new Argument<string[]>("command") { Arity = ArgumentArity.ZeroOrMore });
        Root.Subcommands.Add(HelpCommand);
        foreach (var command in list)
        {
            Add(command, withOptions);
        }
    }

    /// <summary>The root command, <c>nhp</c>.</summary>
    public RootCommand Root { get; }

    /// <summary>The hidden <c>nhp help [command]</c>.</summary>
    public Command HelpCommand { get; }

    /// <summary><c>-h</c>, <c>--help</c>, on every command.</summary>
    public HelpOption Help { get; }

    /// <summary><c>--version</c>, on the root.</summary>
    public VersionOption Version { get; }

    /// <summary><c>[suggest:position] "command line"</c>: the completions of the word at the position.</summary>
    public SuggestDirective Suggest { get; }

    /// <summary>Parses a command line (without the program's name).</summary>
    public ParseResult Parse(IReadOnlyList<string> args) => Root.Parse(args, configuration);

    /// <summary>The <see cref="ICommand"/> behind a command of the tree, or null for the root, a group or <c>help</c>.</summary>
    public ICommand? CommandOf(Command command) => commands.GetValueOrDefault(command);

    /// <summary>The command the words name (<c>plan</c>, <c>plan validate</c>), or null when no command has that path.</summary>
    public Command? Find(IReadOnlyList<string> words)
    {
        Command current = Root;
        foreach (var word in words)
        {
            var next = current.Subcommands.FirstOrDefault(c => !c.Hidden && c.Name == word);
            if (next is null)
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    /// <summary>The words from the root to a command: <c>["plan", "validate"]</c>; empty for the root.</summary>
    public static IReadOnlyList<string> PathOf(Command command)
    {
        var words = new List<string>();
        for (var current = command; current is not RootCommand && current is not null; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            words.Insert(0, current.Name);
        }

        return words;
    }

    /// <summary>The <see cref="ICommand"/>s under a group (or every one under the root), in the order they were added.</summary>
    public IReadOnlyList<ICommand> CommandsUnder(Command group) =>
        [.. Leaves(group).Select(c => commands[c])];

    /// <summary>
    /// The completions of the word at <paramref name="position"/> in <paramref name="line"/> (the whole command line as
    /// typed, starting with the program's name): the commands, options and values System.CommandLine offers there that
    /// start with what is typed of the word, each once; options only when the word starts with a dash. None means
    /// "any word" (a file name, a number), so the shell offers file names.
    /// </summary>
    public IReadOnlyList<string> Complete(string line, int position)
    {
        position = Math.Clamp(position, 0, line.Length);
        var parse = Root.Parse(line, configuration);
        var context = parse.GetCompletionContext();
        var word = context is TextCompletionContext text ? text.AtCursorPosition(position).WordToComplete : context.WordToComplete;
        return [.. parse.GetCompletions(position)
            .Select(c => c.Label)
            .Where(label => label.StartsWith(word, StringComparison.Ordinal))
            // Options only once a dash is typed, as shells do: after "nhp plan validate " the shell offers files.
            .Where(label => word.StartsWith('-') || !label.StartsWith('-'))
            .Distinct(StringComparer.Ordinal)];
    }

    private IEnumerable<Command> Leaves(Command group) =>
        group.Subcommands.Where(c => !c.Hidden).SelectMany(c => commands.ContainsKey(c) ? [c] : Leaves(c));

    private void Add(ICommand command, bool withOptions)
    {
        Command parent = Root;
        var words = command.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var group in words[..^1])
        {
            var existing = parent.Subcommands.FirstOrDefault(c => c.Name == group);
            if (existing is null)
            {
                existing = new Command(group, $"The {group} commands.");
                parent.Subcommands.Add(existing);
            }

            parent = existing;
        }

        // The command parses what follows its name itself: tokens System.CommandLine does not know are its business.
        var leaf = new Command(words[^1], command.Summary) { TreatUnmatchedTokensAsErrors = false };
        var arguments = new Argument<string[]>("arguments") { Arity = ArgumentArity.ZeroOrMore };
        leaf.Arguments.Add(arguments);
        if (withOptions)
        {
            foreach (var declared in command.Options)
            {
                leaf.Options.Add(OptionFor(declared));
            }

            arguments.CompletionSources.Add(_ => command.ArgumentValues);
        }

        parent.Subcommands.Add(leaf);
        commands.Add(leaf, command);
    }

    private static Option OptionFor(CommandOption declared)
    {
        if (!declared.TakesValue)
        {
            return new Option<bool>(declared.Name, [.. declared.Aliases]) { Description = declared.Description, Arity = ArgumentArity.Zero };
        }

        var option = new Option<string>(declared.Name, [.. declared.Aliases]) { Description = declared.Description };
        if (declared.Values.Count > 0)
        {
            option.CompletionSources.Add([.. declared.Values]);
        }

        return option;
    }
}
