using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Domain.Tests.Rules;

public sealed class RuleCatalogTest
{
    // Import diagnostics are tested with their importers (Importing/ImportRulesTest); every other rule needs examples here.
    private static readonly HashSet<string> ImportIds = [.. RuleCatalog.ImportDescriptors.Select(d => d.Id)];

    public static TheoryData<string> ExampleIds => [.. RuleExamples.All.Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void Every_rule_but_the_import_diagnostics_has_an_example_that_fires_and_one_that_does_not_and_nothing_else_has()
    {
        var catalog = RuleCatalog.All.Where(d => !ImportIds.Contains(d.Id)).Select(d => d.Id).Order(StringComparer.Ordinal);
        Assert.Equal(catalog, RuleExamples.All.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ExampleIds))]
    public void When_the_input_breaks_the_rule_then_the_rule_fires(string ruleId)
    {
        var findings = RuleExamples.All[ruleId].Failing().ToArray();
        var finding = Assert.Single(findings.Where(f => f.RuleId == ruleId).Take(1));
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
    }

    [Theory]
    [MemberData(nameof(ExampleIds))]
    public void When_the_input_is_fine_then_the_rule_does_not_fire(string ruleId)
    {
        Assert.DoesNotContain(RuleExamples.All[ruleId].Passing(), f => f.RuleId == ruleId);
    }

    [Fact]
    public void Catalog_ids_are_unique_well_formed_and_ordered_by_area_then_id()
    {
        var all = RuleCatalog.All;
        Assert.Equal(all.Count, all.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(all, d => Assert.True(RuleDescriptor.IsValidId(d.Id), d.Id));
        Assert.Equal(all.OrderBy(d => d.Area, StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal), all);
    }

    [Fact]
    public void Every_descriptor_has_a_title_and_an_explanation_of_one_to_three_sentences()
    {
        Assert.All(RuleCatalog.All, d =>
        {
            Assert.False(d.Title.EndsWith('.'), d.Id);
            Assert.EndsWith(".", d.Explanation, StringComparison.Ordinal);
            Assert.InRange(d.Explanation.Split(". ").Length, 1, 3);
        });
    }

    [Fact]
    public void A_finding_of_a_rule_carries_the_severity_the_catalog_gives()
    {
        foreach (var (id, example) in RuleExamples.All)
        {
            var descriptor = RuleCatalog.Find(id)!;
            Assert.Contains(example.Failing(), f => f.RuleId == id && f.Severity == descriptor.Severity);
        }
    }

    [Fact]
    public void When_an_id_is_not_in_the_catalog_then_find_returns_null()
    {
        Assert.Null(RuleCatalog.Find("rag.deadline.mised"));
        Assert.Equal(Severity.Error, RuleCatalog.Find("rag.deadline.missed")!.Severity);
    }
}
