using System.Text;
using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Cli;

/// <summary>Writes <c>docs/rules.md</c> from the rule catalog: a table per area, then each rule's explanation.</summary>
internal static class RulesMarkdown
{
    private static readonly Dictionary<string, string> AreaTitles = new(StringComparer.Ordinal)
    {
        ["delivery"] = "Delivery plan validation",
        ["rag"] = "RAG rules",
        ["integrity"] = "Crime data integrity",
        ["engagement"] = "Cluster panels and engagement",
        ["dataset"] = "Dataset folders",
    };

    public static string Generate(IReadOnlyList<RuleDescriptor> rules)
    {
        var text = new StringBuilder();
        text.Append("# Rules\n\n")
            .Append("Every check Nhp ships, generated from the rule catalog (`nhp rules list`; do not edit by hand: run the tests with\n")
            .Append("`NHP_ACCEPT_SNAPSHOTS=1` to regenerate). Each finding carries its rule's id, which never changes meaning.\n");
        foreach (var area in rules.GroupBy(r => r.Area, StringComparer.Ordinal))
        {
            text.Append("\n## ").Append(AreaTitles.GetValueOrDefault(area.Key, area.Key)).Append(" (`").Append(area.Key).Append("`)\n\n")
                .Append("| id | severity | title |\n| --- | --- | --- |\n");
            foreach (var rule in area)
            {
                text.Append("| `").Append(rule.Id).Append("` | ").Append(rule.Severity.ToText()).Append(" | ").Append(Cell(rule.Title)).Append(" |\n");
            }

            foreach (var rule in area)
            {
                text.Append("\n### `").Append(rule.Id).Append("`: ").Append(rule.Title).Append("\n\n").Append(rule.Explanation).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
