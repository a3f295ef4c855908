using System.Globalization;
using System.Text;
using Nhp.Delivery;

namespace Nhp.Domain.Tests.Delivery;

/// <summary>A plain, reviewable text form of a plan and its import diagnostics, for golden snapshots.</summary>
internal static class PlanDump
{
    public static string Write(ImportResult<DeliveryPlan> import)
    {
        var text = new StringBuilder();
        Write(import.Value!, text);
        text.Append("\n## Diagnostics\n");
        foreach (var finding in import.Findings)
        {
            text.Append(finding).Append('\n');
        }

        return text.ToString();
    }

    public static void Write(DeliveryPlan plan, StringBuilder text)
    {
        text.Append("# ").Append(plan.Title ?? "(no title)").Append('\n');
        foreach (var objective in plan.Objectives)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## Objective {objective.Number}: {objective.Title}\n");
            foreach (var d in objective.Deliverables)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n### {d.Code}\ncommitment: {d.Commitment}\n");
                foreach (var u in d.Updates)
                {
                    text.Append(CultureInfo.InvariantCulture, $"as of: {u.AsOf.ToString("yyyy-MM", CultureInfo.InvariantCulture)}\nsummary: {u.Summary}\nrag: {RagKey.Word(u.Rag)}\n");
                    text.Append(CultureInfo.InvariantCulture, $"target: {u.Target.Text} [{u.Target.Kind}; deadline {u.Target.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none"}");
                    if (u.Target.HasReview)
                    {
                        text.Append(CultureInfo.InvariantCulture, $"; review '{u.Target.ReviewText}' {u.Target.ReviewDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
                    }

                    text.Append("]\n");
                }
            }
        }
    }
}
