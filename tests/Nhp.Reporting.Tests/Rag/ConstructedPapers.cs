using Nhp.Delivery;
using NodaTime;

namespace Nhp.Reporting.Tests.Rag;

// CONSTRUCTED TEST DATA, not from any committee paper. The seeds hold only the January 2024 paper, so "what changed"
// is tested against a hypothetical April 2024 paper made here from the January plan:
// 0.3 reported GREEN/Complete; 1.9 re-rated RED with a new date and no recovery date in its summary; 3.6 re-targeted
// to 30/09/2024 (still AMBER); 4.1 re-rated RED with a recovery date; 2.5 given a date; 4.10 dropped from the paper;
// a new deliverable 4.16 added. Every other deliverable repeats its January position.
internal static class ConstructedPapers
{
    public static readonly YearMonth April2024 = new(2024, 4);

    private static readonly Dictionary<string, (RagStatus Rag, string Target, string Summary)> AprilChanges = new(StringComparer.Ordinal)
    {
        ["0.3"] = (RagStatus.Green, "Complete", "Performance framework signed off by LP SLT (constructed test data)."),
        ["1.9"] = (RagStatus.Red, "30/06/2024", "Framework delayed by PIU capacity (constructed test data)."),
        ["3.6"] = (RagStatus.Amber, "30/09/2024", "Training continues; date moved (constructed test data)."),
        ["4.1"] = (RagStatus.Red, "31/03/2024", "Website delayed; recovery by 31/05/2024 (constructed test data)."),
        ["2.5"] = (RagStatus.Amber, "31/12/2024", "New CAD system now due in December (constructed test data)."),
    };

    // The plan's history after the April paper: each deliverable keeps its January update and gets an April one,
    // except 4.10, which the April paper no longer reports; 4.16 appears in April only.
    public static DeliveryPlan WithAprilUpdate(DeliveryPlan january) => january with
    {
        Objectives = [.. january.Objectives.Select(o => o with
        {
            Deliverables = [.. o.Deliverables
                .Select(d => d.Code.ToString() == "4.10" ? d : d with { Updates = [.. d.Updates, April(d)] })
                .Concat(o.Number == 4 ? [NewDeliverable()] : [])],
        })],
    };

    // The April paper on its own, as a separate plan file would hold it: April updates only, no 4.10, a new 4.16.
    public static DeliveryPlan AprilPaperOnly(DeliveryPlan january) => january with
    {
        Objectives = [.. january.Objectives.Select(o => o with
        {
            Deliverables = [.. o.Deliverables
                .Where(d => d.Code.ToString() != "4.10")
                .Select(d => d with { Updates = [April(d)] })
                .Concat(o.Number == 4 ? [NewDeliverable()] : [])],
        })],
    };

    private static StatusUpdate April(Deliverable d)
    {
        var latest = d.Latest!;
        return AprilChanges.TryGetValue(d.Code.ToString(), out var change)
            ? new StatusUpdate { AsOf = April2024, Rag = change.Rag, Target = Target.Parse(change.Target), Summary = change.Summary }
            : latest with { AsOf = April2024 };
    }

    private static Deliverable NewDeliverable() => new()
    {
        Code = new DeliverableCode(4, 16),
        Commitment = "We will publish a quarterly 'You said, we did' log for each cluster (constructed test data).",
        Updates = [new StatusUpdate { AsOf = April2024, Rag = RagStatus.Amber, Target = Target.Parse("TBC"), Summary = "Format being agreed with the Corporation (constructed test data)." }],
    };
}
