using Nhp.Findings;
using Nhp.Rules;
using Nhp.Text;
using NodaTime;

namespace Nhp.Rag.Rules;

internal sealed class StaleUpdateRule : RagRule
{
    private readonly Period maximumAge;

    public StaleUpdateRule(Period maximumAge)
        : base(new RuleDescriptor(RagRules.StaleUpdateId, RagRules.Area, Severity.Warning, "Stale update",
                "Checks whether a deliverable's status update is older than the maximum age (three months by default) at the as-of date. An old status may no longer be true, so the committee may be judging out-of-date information."),
            "the status of deliverable {code} ({reported}) was last updated on {updated}, more than " + Wording.Period(maximumAge) + " earlier; it may no longer be true.",
            null)
    {
        this.maximumAge = maximumAge;
    }

    protected override bool Holds(RagSubject subject, LocalDate asOf) =>
        subject.UpdatedOn is { } updated && updated.Plus(maximumAge) < asOf;
}
