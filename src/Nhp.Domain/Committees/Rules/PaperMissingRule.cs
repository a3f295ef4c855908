using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Committees.Rules;

internal sealed class PaperMissingRule() : Rule<CommitteePack>(new RuleDescriptor(PackRules.PaperMissing, PackRules.Area, Severity.Warning, "Agenda item has no paper",
    "Checks that every agenda item that names a report or gives pages has a paper in the pack. Members cannot read what the agenda promises; the pages of the items after it no longer agree."))
{
    public override IEnumerable<Finding> Check(CommitteePack input) =>
        input.Items()
            .Where(x => x.Item.ExpectsPaper && input.PaperFor(x.Item.Number) is null)
            .Select(x => Found("item " + x.Item.Number, "paper",
                $"Item {x.Item.Number} ({x.Item.Title}) {(x.Item.Pages is { } pages ? "has " + pages.ToString().ToLowerInvariant() : "names a report")}, but the pack has no paper for it."));
}
