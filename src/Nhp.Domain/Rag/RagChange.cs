using Nhp.Delivery;

namespace Nhp.Rag;

/// <summary>
/// One deliverable's change between two status updates (committee papers). Immutable; equality is by value.
/// </summary>
/// <param name="Code">The deliverable.</param>
/// <param name="Kind">Added, removed, or changed.</param>
/// <param name="Before">The deliverable in the older update; null when added.</param>
/// <param name="After">The deliverable in the newer update; null when removed.</param>
public sealed record RagChange(DeliverableCode Code, RagChangeKind Kind, RagSubject? Before, RagSubject? After)
{
    /// <summary>The direction of the RAG move; <see cref="RagMove.Unchanged"/> for added or removed deliverables.</summary>
    public RagMove Move => (Before?.Reported, After?.Reported) switch
    {
        ({ } b, { } a) when a == b => RagMove.Unchanged,
        (RagStatus.NotRated, { }) => RagMove.Rated,
        ({ }, RagStatus.NotRated) => RagMove.NoLongerRated,
        ({ } b, { } a) => a < b ? RagMove.Better : RagMove.Worse,
        _ => RagMove.Unchanged,
    };

    /// <summary>Whether the RAG changed (only for deliverables in both updates).</summary>
    public bool IsRerated => Kind == RagChangeKind.Changed && Before!.Reported != After!.Reported;

    /// <summary>Whether the target text changed (only for deliverables in both updates).</summary>
    public bool IsTargetChanged => Kind == RagChangeKind.Changed && Before!.Target != After!.Target;

    /// <summary>The change in one plain-English sentence, e.g. <c>3.6 moved from AMBER to RED (worse).</c></summary>
    public string Description
    {
        get
        {
            switch (Kind)
            {
                case RagChangeKind.Added:
                    return $"Deliverable {Code} is new, reported {RagKey.Word(After!.Reported)} with target '{After.Target.Text}'.";
                case RagChangeKind.Removed:
                    return $"Deliverable {Code} is no longer reported; it was {RagKey.Word(Before!.Reported)} with target '{Before.Target.Text}'.";
                default:
                    var target = IsTargetChanged ? $"its target changed from '{Before!.Target.Text}' to '{After!.Target.Text}'" : null;
                    if (!IsRerated)
                    {
                        return $"Deliverable {Code} kept its RAG ({RagKey.Word(After!.Reported)}), but {target}.";
                    }

                    var way = Move switch
                    {
                        RagMove.Better => "better",
                        RagMove.Worse => "worse",
                        RagMove.Rated => "now rated",
                        _ => "no longer rated",
                    };
                    var moved = $"Deliverable {Code} moved from {RagKey.Word(Before!.Reported)} to {RagKey.Word(After!.Reported)} ({way})";
                    return target is null ? moved + "." : $"{moved}, and {target}.";
            }
        }
    }
}
