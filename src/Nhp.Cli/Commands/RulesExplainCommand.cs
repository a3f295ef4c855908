using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Cli.Commands;

/// <summary><c>nhp rules explain &lt;id&gt;</c>: one built-in rule's descriptor.</summary>
internal sealed class RulesExplainCommand : ICommand
{
    public string Name => "rules explain";

    public string Summary => "Explain one rule: what it checks and why it matters.";

    public IEnumerable<string> ArgumentValues => RuleCatalog.All.Select(r => r.Id);

    public string Usage =>
        """
        Usage: nhp rules explain <id>

        Prints the rule's id, title, area, severity and explanation. `nhp rules list` lists the ids.

        Exit codes: 0 the rule is known, 2 no such rule (the message lists close ids).

        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = Arguments.Parse(args, [], []);
        arguments.ExpectPositionals(1, 1, "a rule id");
        var id = arguments.Positionals[0];
        var rule = RuleCatalog.Find(id) ?? throw new UsageException(Unknown(id));
        context.Out.Write($"{rule.Id}: {rule.Title}\narea: {rule.Area}\nseverity: {rule.Severity.ToText()}\n\n{rule.Explanation}\n");
        return ExitCodes.Success;
    }

    private static string Unknown(string id)
    {
        var close = RuleCatalog.All
            .Select(r => (r.Id, Distance: Distance(r.Id, id)))
            .Where(x => x.Distance <= Math.Max(3, id.Length / 3) || x.Id.Contains(id, StringComparison.OrdinalIgnoreCase))
            .OrderBy(x => x.Distance).ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(5)
            .Select(x => x.Id)
            .ToArray();
        return close.Length == 0
            ? $"there is no rule '{id}'; `nhp rules list` lists them."
            : $"there is no rule '{id}'; did you mean {string.Join(", ", close)}?";
    }

    // Levenshtein distance, case-insensitive.
    private static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
