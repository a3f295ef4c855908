using Nhp.Delivery;
using Nhp.Rag;
using NodaTime;

namespace Nhp.Governance.Peel;

/// <summary>
/// How the delivery plan stands on an area for improvement: each linked deliverable judged by the RAG rules at one
/// date, and the worst RAG reported and expected among them (RED over AMBER over GREEN). Immutable.
/// </summary>
/// <param name="AsOf">The date the deliverables were judged at.</param>
/// <param name="Deliverables">The linked deliverables, in the order the area lists them.</param>
public sealed record AfiDelivery(LocalDate AsOf, IReadOnlyList<LinkedDeliverable> Deliverables)
{
    /// <summary>The worst RAG the plan reports for the linked deliverables found, or <see cref="RagStatus.NotRated"/> when none is found or rated.</summary>
    public RagStatus WorstReported => Deliverables.Select(d => d.Judgement?.ReportedRag ?? RagStatus.NotRated).DefaultIfEmpty(RagStatus.NotRated).Max();

    /// <summary>The worst RAG the rules expect for the linked deliverables found at <see cref="AsOf"/>, or <see cref="RagStatus.NotRated"/> when none is found.</summary>
    public RagStatus WorstExpected => Deliverables.Select(d => d.Judgement?.ExpectedRag ?? RagStatus.NotRated).DefaultIfEmpty(RagStatus.NotRated).Max();

    /// <summary>
    /// The deliverables <paramref name="area"/> links to, found in <paramref name="plan"/> and judged by
    /// <paramref name="policy"/> (by default <see cref="RagPolicy.Default"/>) at <paramref name="asOf"/>.
    /// </summary>
    /// <param name="area">The area.</param>
    /// <param name="plan">The delivery plan.</param>
    /// <param name="asOf">The date to judge at (a dataset's as-of date).</param>
    /// <param name="policy">The RAG rules, or null for the default ones.</param>
    /// <returns>The delivery of the area.</returns>
    public static AfiDelivery Of(AreaForImprovement area, DeliveryPlan plan, LocalDate asOf, RagPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(plan);
        var rules = policy ?? RagPolicy.Default;
        var subjects = RagSubject.Latest(plan);
        return new AfiDelivery(asOf, [.. area.Deliverables.Select(code =>
        {
            var deliverable = plan.Find(code);
            var subject = subjects.FirstOrDefault(s => s.Code == code);
            return new LinkedDeliverable(code, deliverable, deliverable is null || subject is null ? null : rules.Evaluate(subject, asOf));
        })]);
    }
}
