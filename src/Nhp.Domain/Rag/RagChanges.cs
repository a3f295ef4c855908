using Nhp.Delivery;
using NodaTime;

namespace Nhp.Rag;

/// <summary>"What changed": the differences between two status updates of a plan, in code order.</summary>
public static class RagChanges
{
    /// <summary>
    /// Compares two status updates: deliverables added, removed, re-rated or with a changed target. Deliverables
    /// whose RAG and target text are the same in both are left out (a changed summary alone is not a change here).
    /// </summary>
    /// <param name="older">The deliverables of the earlier update.</param>
    /// <param name="newer">The deliverables of the later update.</param>
    /// <returns>The changes, in code order.</returns>
    /// <exception cref="ArgumentException">A code appears twice in one update.</exception>
    public static IReadOnlyList<RagChange> Between(IEnumerable<RagSubject> older, IEnumerable<RagSubject> newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var before = Index(older, nameof(older));
        var after = Index(newer, nameof(newer));
        var changes = new List<RagChange>();
        foreach (var code in before.Keys.Union(after.Keys).Order())
        {
            var b = before.GetValueOrDefault(code);
            var a = after.GetValueOrDefault(code);
            if (b is null)
            {
                changes.Add(new RagChange(code, RagChangeKind.Added, null, a));
            }
            else if (a is null)
            {
                changes.Add(new RagChange(code, RagChangeKind.Removed, b, null));
            }
            else if (a.Reported != b.Reported || a.Target != b.Target)
            {
                changes.Add(new RagChange(code, RagChangeKind.Changed, b, a));
            }
        }

        return changes;
    }

    /// <summary>Compares the latest status updates of two plan files (the last paper and this one).</summary>
    /// <param name="older">The earlier paper's plan.</param>
    /// <param name="newer">The later paper's plan.</param>
    /// <returns>The changes, in code order.</returns>
    public static IReadOnlyList<RagChange> Between(DeliveryPlan older, DeliveryPlan newer) =>
        Between(RagSubject.Latest(older), RagSubject.Latest(newer));

    /// <summary>Compares two papers recorded in one plan's history of status updates.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="from">The earlier paper's month.</param>
    /// <param name="to">The later paper's month.</param>
    /// <returns>The changes, in code order.</returns>
    public static IReadOnlyList<RagChange> Between(DeliveryPlan plan, YearMonth from, YearMonth to) =>
        Between(RagSubject.AsReportedIn(plan, from), RagSubject.AsReportedIn(plan, to));

    private static Dictionary<Delivery.DeliverableCode, RagSubject> Index(IEnumerable<RagSubject> subjects, string name)
    {
        var index = new Dictionary<Delivery.DeliverableCode, RagSubject>();
        foreach (var subject in subjects)
        {
            if (!index.TryAdd(subject.Code, subject))
            {
                throw new ArgumentException($"Deliverable {subject.Code} appears twice in one status update.", name);
            }
        }

        return index;
    }
}
