using FluentValidation;
using FluentValidation.Results;
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
                    context.AddFailure(new ValidationFailure(nameof(RagSubject.Reported), finding.Finding.Message, context.InstanceToValidate.Reported)
                    {
                        ErrorCode = rule.Id,
                        Severity = finding.Finding.Severity switch
                        {
                            Findings.Severity.Error => FluentValidation.Severity.Error,
                            Findings.Severity.Warning => FluentValidation.Severity.Warning,
                            _ => FluentValidation.Severity.Info,
                        },
                    });
                }
            });
        }
    }
}
