using System.Text.RegularExpressions;

namespace Nhp.Cli;

/// <summary>
/// One option a command accepts, as help and tab completion know it: its name (<c>--out</c>), its short names
/// (<c>-o</c>), whether it takes a value, what it does, and the values tab completion offers for it (none: the shell
/// offers file names).
/// </summary>
/// <param name="Name">The long name with its dashes, such as <c>--out</c>.</param>
/// <param name="Aliases">Other names, such as <c>-o</c>.</param>
/// <param name="TakesValue">Whether a value follows the option (<c>--out dir</c>); a flag (<c>--json</c>) takes none.</param>
/// <param name="Description">The option's line in the command's usage text.</param>
internal sealed partial record CommandOption(string Name, IReadOnlyList<string> Aliases, bool TakesValue, string Description)
{
    /// <summary>The values tab completion offers after the option; empty when any value (a path, a number) is accepted.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>
    /// The options a usage text lists in its <c>Options:</c> section, one per line that starts with two spaces and a
    /// dash: <c>  --out, -o &lt;dir&gt;  The folder…</c>. A value written <c>&lt;dir&gt;</c> makes the option take a value;
    /// one written <c>csv|json</c> also gives the values to complete. Lines indented further continue a description.
    /// </summary>
    /// <param name="usage">A command's usage text.</param>
    /// <returns>The options in the order listed; empty when the text has no options section.</returns>
    public static IReadOnlyList<CommandOption> FromUsage(string usage)
    {
        var options = new List<CommandOption>();
        var inOptions = false;
        foreach (var line in usage.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("Options:", StringComparison.Ordinal))
            {
                inOptions = true;
                continue;
            }

            if (!inOptions)
            {
                continue;
            }

            var match = OptionLine().Match(line);
            if (match.Success)
            {
                var names = match.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                var value = match.Groups["value"].Value;
                var values = value.Contains('|', StringComparison.Ordinal) && !value.StartsWith('<') ? value.Split('|') : [];
                var name = names.FirstOrDefault(n => n.StartsWith("--", StringComparison.Ordinal)) ?? names[0];
                if (options.All(o => o.Name != name))
                {
                    options.Add(new CommandOption(name, [.. names.Where(n => n != name)], value.Length > 0, match.Groups["description"].Value.Trim())
                    {
                        Values = values,
                    });
                }
            }
            else if (line.Length > 0 && !line.StartsWith("   ", StringComparison.Ordinal))
            {
                // A line that is neither an option nor a continuation ends the section.
                inOptions = false;
            }
        }

        return options;
    }

    /// <summary>The options with <paramref name="values"/> offered after the option named <paramref name="name"/>.</summary>
    /// <param name="options">Options, usually from <see cref="FromUsage"/>.</param>
    /// <param name="name">The option's long name, such as <c>--format</c>.</param>
    /// <param name="values">The values to offer.</param>
    /// <returns>The options, the named one with its values; the same options when none has that name.</returns>
    public static IReadOnlyList<CommandOption> WithValues(IReadOnlyList<CommandOption> options, string name, params IEnumerable<string> values) =>
        [.. options.Select(o => o.Name == name ? o with { Values = [.. values] } : o)];

    // "  --out, -o <dir>   The folder…", "  --screen true|false   Drop…", "  --json    Write…": the names, then a value
    // written <x> or a|b, then the description after at least one space.
    [GeneratedRegex(@"^  (?<names>-{1,2}[A-Za-z0-9][-A-Za-z0-9]*(?:, -{1,2}[A-Za-z0-9][-A-Za-z0-9]*)*)(?: (?<value><[^>]+>|[A-Za-z0-9.-]+(?:\|[A-Za-z0-9.-]+)+))?(?:\s+(?<description>.*))?$")]
    private static partial Regex OptionLine();
}
