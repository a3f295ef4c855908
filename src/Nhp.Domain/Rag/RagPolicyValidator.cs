using FluentValidation;
using FluentValidation.Results;
using Nhp.Delivery;
using NodaTime;

namespace Nhp.Rag;

// The policy in FluentValidation's shape: one rule per RAG rule, so a failure names its rule by ErrorCode.
internal sealed class RagPolicyValidator : AbstractValidator<RagSubject>
{
    public RagPolicyValidator(RagPolicy policy, LocalDate asOf)
    {
        foreach (var rule in policy.Rules)
        {
            RuleFor(s => s.Reported).Custom((_, context) =>
            {
                if (rule.Evaluate(context.InstanceToValidate, asOf) is { } finding)
                {
                    context.AddFailure(Failure(nameof(RagSubject.Reported), finding));
                }
            });
        }
    }

    internal static ValidationFailure Failure(string propertyName, RagFinding finding) =>
        new(propertyName, finding.Finding.Message, finding.ReportedRag)
        {
            ErrorCode = finding.RuleId,
            Severity = finding.Finding.Severity switch
            {
                Findings.Severity.Error => FluentValidation.Severity.Error,
                Findings.Severity.Warning => FluentValidation.Severity.Warning,
                _ => FluentValidation.Severity.Info,
            },
        };
}

// The policy over a whole plan: one failure per finding, its property name the deliverable ("Deliverables[3.6]").
internal sealed class RagPlanValidator : AbstractValidator<DeliveryPlan>
{
    public RagPlanValidator(RagPolicy policy, LocalDate asOf)
    {
        RuleFor(p => p).Custom((plan, context) =>
        {
            foreach (var finding in policy.Evaluate(plan, asOf).Findings)
            {
                context.AddFailure(RagPolicyValidator.Failure($"Deliverables[{finding.Subject}]", finding));
            }
        });
    }
}
