using Nhp.Delivery;
using Nhp.Rag;
using static Nhp.Domain.Tests.Rag.Subjects;

namespace Nhp.Domain.Tests.Rag;

public sealed class RagChangesTest
{
    [Fact]
    public void New_removed_rerated_and_retargeted_deliverables_are_listed_in_code_order_with_the_direction_of_each_move()
    {
        var older = new[]
        {
            Make("0.3", RagStatus.Amber, "31/03/2024"),
            Make("1.9", RagStatus.Amber, "31/03/2024"),
            Make("1.10", RagStatus.Amber, "End 2024"),
            Make("2.5", RagStatus.Amber, "TBC"),
            Make("4.1", RagStatus.Green, "Ongoing"),
        };
        var newer = new[]
        {
            Make("0.3", RagStatus.Green, "31/03/2024", "Changed summary."),
            Make("1.9", RagStatus.Red, "30/06/2024"),
            Make("1.10", RagStatus.Amber, "End 2024", "Only the summary changed."),
            Make("4.1", RagStatus.NotRated, "Ongoing"),
            Make("4.16", RagStatus.Amber, "TBC"),
        };
        var changes = RagChanges.Between(older, newer);
        Assert.Equal(
            [
                ("0.3", RagChangeKind.Changed, RagMove.Better),
                ("1.9", RagChangeKind.Changed, RagMove.Worse),
                ("2.5", RagChangeKind.Removed, RagMove.Unchanged),
                ("4.1", RagChangeKind.Changed, RagMove.NoLongerRated),
                ("4.16", RagChangeKind.Added, RagMove.Unchanged),
            ],
            changes.Select(c => (c.Code.ToString(), c.Kind, c.Move)));
        Assert.Equal(
            [
                "Deliverable 0.3 moved from AMBER to GREEN (better).",
                "Deliverable 1.9 moved from AMBER to RED (worse), and its target changed from '31/03/2024' to '30/06/2024'.",
                "Deliverable 2.5 is no longer reported; it was AMBER with target 'TBC'.",
                "Deliverable 4.1 moved from GREEN to NOT RATED (no longer rated).",
                "Deliverable 4.16 is new, reported AMBER with target 'TBC'.",
            ],
            changes.Select(c => c.Description));
    }

    [Fact]
    public void A_target_change_alone_is_a_change_without_a_rag_move()
    {
        var change = Assert.Single(RagChanges.Between([Make("3.4", RagStatus.Amber, "End 2024")], [Make("3.4", RagStatus.Amber, "End 2025")]));
        Assert.True(change.IsTargetChanged);
        Assert.False(change.IsRerated);
        Assert.Equal(RagMove.Unchanged, change.Move);
        Assert.Equal("Deliverable 3.4 kept its RAG (AMBER), but its target changed from 'End 2024' to 'End 2025'.", change.Description);
    }

    [Fact]
    public void Identical_updates_have_no_changes_and_a_repeated_code_is_refused()
    {
        var update = new[] { Make("1.1", RagStatus.Green, "Ongoing") };
        Assert.Empty(RagChanges.Between(update, update));
        Assert.Throws<ArgumentException>(() => RagChanges.Between([.. update, .. update], update));
    }
}
