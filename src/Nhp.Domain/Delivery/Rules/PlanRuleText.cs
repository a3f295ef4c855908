using System.Globalization;
using NodaTime;

namespace Nhp.Delivery.Rules;

// What the plan rules share: numbers and months as the committee reads them, and every update in plan order.
internal static class PlanRuleText
{
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Month(YearMonth month) => Nhp.Text.Wording.Month(month);

    public static IEnumerable<(Deliverable Deliverable, StatusUpdate Update)> Updates(DeliveryPlan plan) =>
        plan.Deliverables.SelectMany(d => d.Updates.Select(u => (d, u)));
}
