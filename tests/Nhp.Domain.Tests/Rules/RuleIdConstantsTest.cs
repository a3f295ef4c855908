using System.Reflection;
using Nhp.Rules;

namespace Nhp.Domain.Tests.Rules;

// A caller's test names a rule through a constant, never a string it could misspell: every id in the catalog has one,
// and every constant that looks like a rule id names a rule in the catalog.
public sealed class RuleIdConstantsTest
{
    private static readonly Assembly Domain = typeof(RuleCatalog).Assembly;

    private static IReadOnlyList<(string Name, string Value)> Constants() =>
    [
        .. Domain.GetExportedTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Rules", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
                .Select(f => ($"{t.Name}.{f.Name}", (string)f.GetRawConstantValue()!)))
            .Where(c => RuleDescriptor.IsValidId(c.Item2)),
    ];

    [Fact]
    public void Every_rule_in_the_catalog_has_a_public_constant_for_its_id()
    {
        var constants = Constants().Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

        var missing = RuleCatalog.All.Select(d => d.Id).Where(id => !constants.Contains(id)).ToArray();

        Assert.True(missing.Length == 0, "These rule ids have no constant in their area's *Rules class: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_rule_id_constant_names_a_rule_in_the_catalog()
    {
        var unknown = Constants().Where(c => RuleCatalog.Find(c.Value) is null).Select(c => $"{c.Name} = {c.Value}").ToArray();

        Assert.True(unknown.Length == 0, "These constants name no rule in the catalog: " + string.Join(", ", unknown));
    }

    [Fact]
    public void The_import_and_integrity_areas_are_covered_by_constants()
    {
        // The two areas that had ids without constants; checked by name so the test above cannot pass by finding nothing.
        Assert.Contains(Constants(), c => c.Name == "PlanImportRules.RowNotUnderstood" && c.Value == "plan.import.row-not-understood");
        Assert.Contains(Constants(), c => c.Name == "CdiRules.TimelinessDuplicateId" && c.Value == "cdi.timeliness.duplicate-id");
        Assert.Contains(Constants(), c => c.Name == "PoliceUkImportRules.MalformedRow");
        Assert.True(Constants().Count >= RuleCatalog.All.Count);
    }
}
