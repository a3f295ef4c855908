using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Rules;
using NodaTime;

namespace Nhp.Rag.Rules;

internal sealed class CompleteButNotGreenRule() : RagRule(new RuleDescriptor(RagRules.CompleteButNotGreenId, RagRules.Area, Severity.Warning, "Complete but not GREEN",
        "Checks whether a deliverable whose target says Complete or Completed annually is reported AMBER or RED. By the plan's key complete work is GREEN, so either the status or the target is wrong."),
    "deliverable {code} has target '{target}' but is reported {reported}; by the plan's key complete work is {expected}, so either the status or the target is wrong.", RagStatus.Green)
{
    protected override bool Holds(RagSubject subject, LocalDate asOf) =>
        subject.Reported is RagStatus.Amber or RagStatus.Red && subject.Target.Kind is TargetKind.Complete or TargetKind.CompletedAnnually;
}
