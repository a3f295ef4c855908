using FluentValidation;
using FluentValidation.Results;

namespace Nhp.Rules;

// The thin FluentValidation adapter: the rule set runs as it always does, and each finding becomes one failure.
internal sealed class RuleSetValidator<TInput> : AbstractValidator<TInput>
{
    public RuleSetValidator(RuleSet<TInput> rules)
    {
        foreach (var rule in rules.Rules)
        {
            RuleFor(input => input).Custom((input, context) =>
            {
                foreach (var finding in rule.Check(input))
                {
                    context.AddFailure(new ValidationFailure(finding.Field ?? finding.Subject, finding.Message)
                    {
                        ErrorCode = finding.RuleId,
                        Severity = RuleValidation.ToFluentSeverity(finding.Severity),
                        CustomState = finding,
                    });
                }
            });
        }
    }
}
