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
    ];

    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Count == 0 ? context.Error : context.Out).Write(GeneralUsage());
            return args.Count == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        if (args[0] is "--version")
        {
            context.Out.Write(Version() + "\n");
            return ExitCodes.Success;
        }

        // The longest command name that matches the first words wins ("plan validate" before "plan").
        var command = Commands
            .Select(c => (Command: c, Words: c.Name.Split(' ')))
            .Where(c => c.Words.Length <= args.Count && c.Words.SequenceEqual(args.Take(c.Words.Length), StringComparer.Ordinal))
            .OrderByDescending(c => c.Words.Length)
            .FirstOrDefault();
        if (command.Command is null)
        {
            // A command group on its own ("nhp plan", "nhp plan --help"): list its commands.
            var group = Commands.Where(c => c.Name.StartsWith(args[0] + " ", StringComparison.Ordinal)).ToList();
            if (group.Count > 0 && args.Skip(1).All(a => a is "-h" or "--help"))
            {
                var asked = args.Count > 1;
                (asked ? context.Out : context.Error).Write(GroupUsage(args[0], group));
                return asked ? ExitCodes.Success : ExitCodes.Usage;
            }

            context.Error.Write($"nhp: unknown command {Messages.Quote(string.Join(' ', args.TakeWhile(a => !a.StartsWith('-'))))}. See 'nhp --help'.\n");
            return ExitCodes.Usage;
        }

        var rest = args.Skip(command.Words.Length).ToArray();
        if (rest.Any(a => a is "-h" or "--help"))
        {
            context.Out.Write(command.Command.Usage);
            return ExitCodes.Success;
        }

        try
        {
            return command.Command.Run(rest, context);
        }
        catch (UsageException e)
        {
            context.Error.Write(UsageError(command.Command.Name, e.Message));
            return ExitCodes.Usage;
        }
        catch (NhpInputException e)
        {
            context.Error.Write($"nhp {command.Command.Name}: {OneLine(e.Message)}\n");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            context.Error.Write($"nhp {command.Command.Name}: {OneLine(e.Message)}\n");
            return ExitCodes.Usage;
        }
#pragma warning disable CA1031 // The command line reports every failure as one line and exit code 1, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            context.Error.Write($"nhp {command.Command.Name}: failed: {OneLine(e.Message)}\n");
            return ExitCodes.Findings;
        }
    }

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
