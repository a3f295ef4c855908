namespace Nhp.Cli;

/// <summary>
/// A parsed command line: positional arguments, options with values (<c>--out dir</c> or <c>--out=dir</c>) and
/// flags (<c>--json</c>). Parsing is strict: an option the command does not declare is a usage error.
/// </summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> options;
    private readonly HashSet<string> flags;

    private Arguments(IReadOnlyList<string> positionals, Dictionary<string, string> options, HashSet<string> flags)
    {
        Positionals = positionals;
        this.options = options;
        this.flags = flags;
    }

    public IReadOnlyList<string> Positionals { get; }

    /// <summary>Parses <paramref name="args"/> against the options and flags a command declares.</summary>
    /// <param name="args">The arguments after the command name.</param>
    /// <param name="valueOptions">Options that take a value, with their leading dashes, e.g. <c>--out</c>.</param>
    /// <param name="flagOptions">Options that take no value, e.g. <c>--json</c>.</param>
    /// <param name="aliases">Short names mapped to long ones, e.g. <c>-o</c> to <c>--out</c>.</param>
    public static Arguments Parse(
        IReadOnlyList<string> args,
        IReadOnlyCollection<string> valueOptions,
        IReadOnlyCollection<string>? flagOptions = null,
        IReadOnlyDictionary<string, string>? aliases = null)
    {
        var positionals = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        flagOptions ??= [];
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                positionals.AddRange(args.Skip(i + 1));
                break;
            }

            if (!arg.StartsWith('-') || arg == "-")
            {
                positionals.Add(arg);
                continue;
            }

            var name = arg;
            string? inlineValue = null;
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                name = arg[..equals];
                inlineValue = arg[(equals + 1)..];
            }

            if (aliases is not null && aliases.TryGetValue(name, out var longName))
            {
                name = longName;
            }

            if (flagOptions.Contains(name))
            {
                if (inlineValue is not null)
                {
                    throw new UsageException($"The option {name} takes no value.");
                }

                flags.Add(name);
            }
            else if (valueOptions.Contains(name))
            {
                var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"The option {name} needs a value."));
                if (!options.TryAdd(name, value))
                {
                    throw new UsageException($"The option {name} is given twice.");
                }
            }
            else
            {
                var known = valueOptions.Concat(flagOptions).Order(StringComparer.Ordinal).ToArray();
                var closest = Suggestions.Closest(name, known);
                var guess = closest.Count == 0 ? string.Empty : $" (did you mean {string.Join(" or ", closest)}?)";
                throw new UsageException(known.Length == 0
                    ? $"Unknown option {name}; this command takes no options."
                    : $"Unknown option {name}{guess}; this command accepts {string.Join(", ", known)}.");
            }
        }

        return new Arguments(positionals, options, flags);
    }

    public string? Option(string name) => options.GetValueOrDefault(name);

    public string RequiredOption(string name) =>
        options.TryGetValue(name, out var value) ? value : throw new UsageException($"The option {name} is required.");

    public bool Flag(string name) => flags.Contains(name);

    /// <summary>Fails unless there are between <paramref name="min"/> and <paramref name="max"/> positional arguments.</summary>
    public void ExpectPositionals(int min, int max, string what)
    {
        if (Positionals.Count < min)
        {
            throw new UsageException($"Missing {what}.");
        }

        if (Positionals.Count > max)
        {
            throw new UsageException($"Unexpected argument '{Positionals[max]}'.");
        }
    }
}
