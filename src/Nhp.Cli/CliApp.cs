using System.Reflection;
using Nhp.Cli.Commands;

namespace Nhp.Cli;

/// <summary>The <c>nhp</c> command line: finds the command, runs it, and turns errors into exit codes.</summary>
internal static class CliApp
{
    /// <summary>Every command, in the order <c>nhp --help</c> lists them.</summary>
    public static IReadOnlyList<ICommand> Commands { get; } =
    [
        new ReportCommand(),
        new DatasetExportCommand(),
        new DatasetValidateCommand(),
        new PlanImportCommand(),
        new PlanValidateCommand(),
        new PlanRenderCommand(),
        new PlanDiffCommand(),
        new SpcCommand(),
        new PoliceUkSeriesCommand(),
        new CdiIntervalCommand(),
        new CdiRenderCommand(),
        new PanelsValidateCommand(),
        new PanelsRenderCommand(),
        new OrganisationValidateCommand<Nhp.ProblemSolving.ProblemSolvingRegister>(OrganisationFiles.ProblemSolving),
        new OrganisationRenderCommand<Nhp.ProblemSolving.ProblemSolvingRegister>(OrganisationFiles.ProblemSolving),
        new OrganisationValidateCommand<Nhp.Frameworks.FrameworkAssessments>(OrganisationFiles.Framework),
        new OrganisationRenderCommand<Nhp.Frameworks.FrameworkAssessments>(OrganisationFiles.Framework),
        new PolicingModelValidateCommand(),
        new OrganisationRenderCommand<Nhp.Policing.PolicingModel>(OrganisationFiles.PolicingModel),
        new OrganisationValidateCommand<Nhp.Datasets.NhpDataset>(OrganisationFiles.Recommendations),
        new OrganisationRenderCommand<Nhp.Datasets.NhpDataset>(OrganisationFiles.Recommendations),
        new PerformanceRenderCommand(),
        new OrganisationValidateCommand<Nhp.Datasets.NhpDataset>(GovernanceFiles.InspectionActions),
        new OrganisationRenderCommand<Nhp.Datasets.NhpDataset>(GovernanceFiles.InspectionActions),
        new OrganisationValidateCommand<Nhp.Datasets.NhpDataset>(GovernanceFiles.Peel),
        new OrganisationRenderCommand<Nhp.Datasets.NhpDataset>(GovernanceFiles.Peel),
        new OrganisationValidateCommand<Nhp.Datasets.NhpDataset>(GovernanceFiles.Workforce),
        new OrganisationRenderCommand<Nhp.Datasets.NhpDataset>(GovernanceFiles.Workforce),
        new OrganisationValidateCommand<Nhp.Datasets.NhpDataset>(GovernanceFiles.References),
        new OrganisationRenderCommand<Nhp.Datasets.NhpDataset>(GovernanceFiles.References),
        new OrganisationValidateCommand<Nhp.Datasets.NhpDataset>(GovernanceFiles.Tables),
        new OrganisationRenderCommand<Nhp.Datasets.NhpDataset>(GovernanceFiles.Tables),
        new RulesListCommand(),
        new RulesExplainCommand(),
        new PaperCheckCommand(),
        new PackRenderCommand(),
        new PaperRenderCommand(),
    ];

    /// <summary>The command tree that runs commands, built once, on first use.</summary>
    internal static CommandTree Tree => LazyTree.Value;

    /// <summary>The command tree with every command's options, for tab completion; built on the first completion.</summary>
    internal static CommandTree CompletionTree => LazyCompletionTree.Value;

    private static readonly Lazy<CommandTree> LazyTree = new(() => new CommandTree(Commands, withOptions: false));

    private static readonly Lazy<CommandTree> LazyCompletionTree = new(() => new CommandTree(Commands));

    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        try
        {
            return Dispatch(args, context);
        }
#pragma warning disable CA1031 // Finding the command must not end in a stack trace either (a command's own failures are caught in Run(command)).
        catch (Exception e)
#pragma warning restore CA1031
        {
            context.Error.Write($"nhp: failed: {OneLine(e.Message)}\n");
            return ExitCodes.Findings;
        }
    }

    private static int Dispatch(IReadOnlyList<string> args, CliContext context)
    {
        var parse = Tree.Parse(args);
        if (parse.GetResult(Tree.Suggest) is { } suggest)
        {
            return Complete(suggest.Values, args, context);
        }

        if (parse.GetResult(Tree.Version) is not null)
        {
            if (args.Count == 1)
            {
                context.Out.Write(Version() + "\n");
                return ExitCodes.Success;
            }

            context.Error.Write($"nhp: --version takes no command or other arguments. See 'nhp --help'.\n");
            return ExitCodes.Usage;
        }

        var at = parse.CommandResult.Command;
        var path = CommandTree.PathOf(at);
        var command = Tree.CommandOf(at);
        if (parse.GetResult(Tree.Help) is not null
            && (command is not null || parse.UnmatchedTokens.Count == 0)
            && args.Where(a => a is not ("-h" or "--help")).Take(path.Count).SequenceEqual(path, StringComparer.Ordinal))
        {
            // "nhp report --help", "nhp -h report", "nhp plan -h": the help of the command named.
            context.Out.Write(UsageOf(at));
            return ExitCodes.Success;
        }

        if (!args.Take(path.Count).SequenceEqual(path, StringComparer.Ordinal))
        {
            // Something before the command's name ("nhp -v report"): the first word nhp does not know is the error.
            return Unknown(args, context);
        }

        var rest = args.Skip(path.Count).ToArray();

        if (command is not null)
        {
            return Run(command, rest, context);
        }

        if (at == Tree.HelpCommand)
        {
            // "nhp help", "nhp help plan", "nhp help plan validate": the help of what the words name.
            var named = Tree.Find(rest);
            if (named is null)
            {
                return Unknown(rest, context);
            }

            context.Out.Write(UsageOf(named));
            return ExitCodes.Success;
        }

        if (rest.Length > 0)
        {
            return Unknown(at, path, rest[0], context);
        }

        // The root or a group on its own ("nhp", "nhp plan"): what it has, on standard error, as a usage error.
        context.Error.Write(UsageOf(at));
        return ExitCodes.Usage;
    }

    private static int Run(ICommand command, IReadOnlyList<string> rest, CliContext context)
    {
        try
        {
            return command.Run(rest, context);
        }
        catch (UsageException e)
        {
            context.Error.Write(UsageError(command.Name, e.Message));
            return ExitCodes.Usage;
        }
        catch (NhpInputException e)
        {
            context.Error.Write($"nhp {command.Name}: {OneLine(e.Message)}\n");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            context.Error.Write($"nhp {command.Name}: {OneLine(e.Message)}\n");
            return ExitCodes.Usage;
        }
#pragma warning disable CA1031 // The command line reports every failure as one line and exit code 1, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            context.Error.Write($"nhp {command.Name}: failed: {OneLine(e.Message)}\n");
            return ExitCodes.Findings;
        }
    }

    /// <summary>The first of the words that does not name a command under the ones before it, as a usage error.</summary>
    private static int Unknown(IReadOnlyList<string> words, CliContext context)
    {
        System.CommandLine.Command at = Tree.Root;
        var path = new List<string>();
        foreach (var word in words)
        {
            var next = at.Subcommands.FirstOrDefault(c => !c.Hidden && c.Name == word);
            if (next is null)
            {
                return Unknown(at, path, word, context);
            }

            path.Add(word);
            at = next;
        }

        context.Error.Write(UsageOf(at));
        return ExitCodes.Usage;
    }

    /// <summary>A word the root or a group does not know: one line, with the closest commands or options, exit code 2.</summary>
    private static int Unknown(System.CommandLine.Command at, IReadOnlyList<string> path, string word, CliContext context)
    {
        var prefix = path.Count == 0 ? string.Empty : string.Join(' ', path) + " ";
        var help = $"See 'nhp {prefix}--help'.";
        if (word.StartsWith('-') && word.Length > 1)
        {
            var options = at.Options.Concat(Tree.Root.Options.Where(o => o.Recursive)).Distinct()
                .SelectMany(o => o.Aliases.Prepend(o.Name));
            var after = path.Count == 0 ? string.Empty : " Give a command first.";
            context.Error.Write($"nhp{(path.Count == 0 ? string.Empty : " " + string.Join(' ', path))}: unknown option {Messages.Quote(word)}.{Suggestions.DidYouMean(Suggestions.Closest(word, options))}{after} {help}\n");
            return ExitCodes.Usage;
        }

        var names = at.Subcommands.Where(c => !c.Hidden).Select(c => prefix + c.Name);
        var closest = Suggestions.Closest(prefix + word, names);
        context.Error.Write($"nhp: unknown command {Messages.Quote(prefix + word)}.{Suggestions.DidYouMean(closest)} {help}\n");
        return ExitCodes.Usage;
    }

    /// <summary>The tab completions of a <c>[suggest:position] "command line"</c> directive, one a line; exit code 0.</summary>
    private static int Complete(IReadOnlyList<string> values, IReadOnlyList<string> args, CliContext context)
    {
        var line = args.Count > 1 ? args[^1] : string.Empty;
        var position = values.Count > 0 && int.TryParse(values[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : line.Length;
        foreach (var completion in CompletionTree.Complete(line, position))
        {
            context.Out.Write(completion + "\n");
        }

        return ExitCodes.Success;
    }

    /// <summary>The help of a command of the tree: a command's usage, a group's commands, or everything with the root's options.</summary>
    private static string UsageOf(System.CommandLine.Command command) =>
        Tree.CommandOf(command)?.Usage
        ?? (command == Tree.Root || command == Tree.HelpCommand ? GeneralUsage() : GroupUsage(string.Join(' ', CommandTree.PathOf(command)), Tree.CommandsUnder(command)));

    public static string GeneralUsage()
    {
        var text = new System.Text.StringBuilder();
        text.Append("nhp: neighbourhood-policing strategy and performance reports\n\n");
        text.Append("Usage: nhp <command> [options]\n\nCommands:\n");
        var width = Commands.Max(c => c.Name.Length);
        foreach (var command in Commands)
        {
            text.Append("  ").Append(command.Name.PadRight(width + 2)).Append(command.Summary).Append('\n');
        }

        text.Append("\nOptions:\n");
        foreach (var option in Tree.Root.Options.Where(o => !o.Hidden))
        {
            var names = string.Join(", ", option.Aliases.Order(StringComparer.Ordinal).Append(option.Name));
            text.Append("  ").Append(names.PadRight(width + 2)).Append(option.Description).Append('\n');
        }

        text.Append("\nRun 'nhp <command> --help' for a command's options. Exit codes: 0 success, 1 findings or failure, 2 unusable input or arguments.\n");
        return text.ToString();
    }

    private static string GroupUsage(string group, IReadOnlyList<ICommand> commands)
    {
        var text = new System.Text.StringBuilder();
        text.Append("Usage: nhp ").Append(group).Append(" <command> [options]\n\nCommands:\n");
        var width = commands.Max(c => c.Name.Length);
        foreach (var command in commands)
        {
            text.Append("  ").Append(command.Name.PadRight(width + 2)).Append(command.Summary).Append('\n');
        }

        text.Append("\nRun 'nhp ").Append(group).Append(" <command> --help' for a command's options.\n");
        return text.ToString();
    }

    private static string Version() =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private static string OneLine(string message) => Messages.OneLine(message);

    /// <summary>A usage error as one line: the message, then where the command's options are described.</summary>
    internal static string UsageError(string command, string message) =>
        $"nhp {command}: {OneLine(message)} See 'nhp {command} --help'.\n";
}
