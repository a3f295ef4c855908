using Nhp.Delivery;
using NodaTime;

namespace Nhp.Rag;

/// <summary>
/// What the RAG rules look at for one deliverable in one status update: its code, the RAG it was given, its target
/// and summary as written, and the date of the update that reported them. Immutable; equality is by value.
/// </summary>
/// <param name="Code">The deliverable's code, e.g. <c>3.6</c>.</param>
/// <param name="Reported">The RAG status the update gave.</param>
/// <param name="Target">The target (DATE column) as written.</param>
/// <param name="Summary">The summary position as written; empty when there is none.</param>
/// <param name="UpdatedOn">The date of the status update (the paper's date), or null when unknown.</param>
public sealed record RagSubject(DeliverableCode Code, RagStatus Reported, Target Target, string Summary, LocalDate? UpdatedOn)
{
    /// <summary>The deliverable's code as text, the <see cref="Findings.Finding.Subject"/> of its findings.</summary>
    public string Subject => Code.ToString();

    /// <summary>
    /// The deliverable as one status update reported it. The update's month becomes <see cref="UpdatedOn"/> as the
    /// month's last day: a "January 2024" position is taken to hold until 31 January 2024.
    /// </summary>
    /// <param name="deliverable">The deliverable.</param>
    /// <param name="update">One of its status updates.</param>
    /// <returns>The subject.</returns>
    public static RagSubject From(Deliverable deliverable, StatusUpdate update)
    {
        ArgumentNullException.ThrowIfNull(deliverable);
        ArgumentNullException.ThrowIfNull(update);
        return new RagSubject(deliverable.Code, update.Rag, update.Target, update.Summary, update.UpdatedOn);
    }

    /// <summary>
    /// Every deliverable of the plan as its latest status update reported it, in code order. A deliverable with no
    /// update is not rated, with no target, no summary and no update date.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <returns>One subject per deliverable.</returns>
    public static IReadOnlyList<RagSubject> Latest(DeliveryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.Deliverables.OrderBy(d => d.Code).Select(d => d.Latest is { } u ? From(d, u) : new RagSubject(d.Code, RagStatus.NotRated, Target.None, string.Empty, null))];
    }

    /// <summary>
    /// The plan as the paper of <paramref name="month"/> reported it: each deliverable's update of that month (the
    /// last, if there are several), in code order. Deliverables with no update in that month were not in that paper
    /// and are left out.
    /// </summary>
    /// <param name="plan">The plan, with its history of updates.</param>
    /// <param name="month">The paper's month.</param>
    /// <returns>The subjects of that paper.</returns>
    public static IReadOnlyList<RagSubject> AsReportedIn(DeliveryPlan plan, YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.Deliverables.OrderBy(d => d.Code)
            .Select(d => (Deliverable: d, Update: d.Updates.LastOrDefault(u => u.AsOf == month)))
            .Where(x => x.Update is not null)
            .Select(x => From(x.Deliverable, x.Update!))];
    }
}
