using FluentValidation;
using Nhp.Findings;

namespace Nhp.Rules;

// The thin FluentValidation adapter: the checks run as they always do, and each finding becomes one failure.
internal sealed class RuleSetValidator<TInput> : AbstractValidator<TInput>
{
    public RuleSetValidator(RuleSet<TInput> rules)
        : this(rules.Check, finding => finding.Field ?? finding.Subject)
    {
    }

    public RuleSetValidator(Func<TInput, IEnumerable<Finding>> check, Func<Finding, string> propertyName, Func<TInput, object?>? attemptedValue = null)
    {
        RuleFor(input => input).Custom((input, context) =>
        {
            foreach (var finding in check(input))
            {
                context.AddFailure(RuleValidation.ToFailure(finding, propertyName(finding), attemptedValue?.Invoke(input)));
            }
        });
    }
}
