using Nhp.Committees.Rules;
using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Committees;

/// <summary>The rules for a committee pack: an agenda item that should have a paper and has none, and a paper whose
/// front sheet disagrees with its agenda item or the meeting (title, purpose, committee, date).</summary>
public static class PackRules
{
    /// <summary>The area of the pack rules.</summary>
    public const string Area = "pack";

    /// <summary>An item names a report or pages, but the pack has no paper for it.</summary>
    public const string PaperMissing = "pack.item.paper-missing";

    /// <summary>A paper's front sheet disagrees with the agenda.</summary>
    public const string FrontSheetDisagrees = "pack.paper.disagrees";

    /// <summary>Every pack rule, in order.</summary>
    public static RuleSet<CommitteePack> Default { get; } = new("pack", [new PaperMissingRule(), new FrontSheetDisagreesRule()]);

    /// <summary>Runs <see cref="Default"/> on a pack.</summary>
    /// <param name="pack">The pack.</param>
    /// <returns>The findings, most severe first, in agenda order within a severity.</returns>
    public static IReadOnlyList<Finding> Check(CommitteePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return [.. Default.Check(pack).OrderByDescending(f => f.Severity)];
    }
}
