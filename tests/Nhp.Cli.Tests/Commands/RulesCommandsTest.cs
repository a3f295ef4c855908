using System.Runtime.CompilerServices;
using System.Text.Json;
using Nhp.Rules;

namespace Nhp.Cli.Tests.Commands;

public sealed class RulesCommandsTest
{
    [Fact]
    public void When_rules_are_listed_then_each_rule_has_one_line_with_id_severity_area_and_title_aligned()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "rules", "list");
        Assert.Equal(0, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(RuleCatalog.All.Count, lines.Length);
        var line = Assert.Single(lines, l => l.StartsWith("rag.deadline.missed ", StringComparison.Ordinal));
        Assert.Matches(@"^rag\.deadline\.missed +error +rag +Deadline missed$", line);
        Assert.Single(lines.Select(l => ColumnOf(l, 1)).Distinct());
        Assert.Single(lines.Select(l => ColumnOf(l, 2)).Distinct());
        Assert.Single(lines.Select(l => ColumnOf(l, 3)).Distinct());
    }

    [Fact]
    public void When_rules_are_listed_as_JSON_then_each_rule_is_an_object_with_a_lower_case_severity()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "rules", "list", "--json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("nhp-rules", json.RootElement.GetProperty("format").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        var rules = json.RootElement.GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(RuleCatalog.All.Select(d => d.Id), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(rules.Length, rules.Select(r => r.GetProperty("id").GetString()).Distinct(StringComparer.Ordinal).Count());
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("title").GetString())));
        var rule = Assert.Single(rules, r => r.GetProperty("id").GetString() == "plan.rag.required");
        Assert.Equal(["id", "severity", "area", "title", "explanation"], rule.EnumerateObject().Select(p => p.Name));
        Assert.Equal("warning", rule.GetProperty("severity").GetString());
        Assert.Equal("delivery", rule.GetProperty("area").GetString());
    }

    [Fact]
    public void When_a_known_rule_is_explained_then_its_descriptor_is_printed()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "rules", "explain", "cdi.period.reversed");
        Assert.Equal(0, exit);
        var rule = RuleCatalog.Find("cdi.period.reversed")!;
        Assert.StartsWith("cdi.period.reversed: " + rule.Title + "\narea: integrity\nseverity: error\n\n", output, StringComparison.Ordinal);
        Assert.Contains(rule.Explanation, output, StringComparison.Ordinal);
    }

    [Fact]
    public void When_an_unknown_rule_is_explained_then_the_exit_code_is_2_and_close_ids_are_listed()
    {
        var (exit, output, error) = CliRunner.Run(string.Empty, "rules", "explain", "rag.deadline.mised");
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("there is no rule 'rag.deadline.mised'; did you mean rag.deadline.missed", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rules_document_is_current()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "rules.md");
        var markdown = RulesMarkdown.Generate(RuleCatalog.All);
        if (Nhp.Testing.Snapshot.AcceptRequested())
        {
            File.WriteAllText(path, markdown);
        }

        Assert.True(File.Exists(path), "docs/rules.md is missing; run the tests with NHP_ACCEPT_SNAPSHOTS=1 to write it.");
        Assert.Equal(markdown, File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static int ColumnOf(string line, int column)
    {
        var index = 0;
        for (var i = 0; i < column; i++)
        {
            index = line.IndexOf("  ", index, StringComparison.Ordinal);
            while (line[index] == ' ')
            {
                index++;
            }
        }

        return index;
    }

    private static string RepositoryRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
}
