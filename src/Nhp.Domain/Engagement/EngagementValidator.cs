using FluentValidation;
using FluentValidation.Results;
using Nhp.Findings;

namespace Nhp.Engagement;

/// <summary>
/// The checks of <see cref="EngagementChecks"/> as a FluentValidation validator, one rule per check. Each failure
/// carries the rule id as its <see cref="ValidationFailure.ErrorCode"/>, the mapped severity, and the
/// <see cref="Finding"/> itself as its <see cref="ValidationFailure.CustomState"/>; <see cref="ToFindings"/> reads them
/// back. Stateless and thread-safe once constructed.
/// </summary>
public sealed class EngagementValidator : AbstractValidator<EngagementData>
{
    /// <summary>Creates the validator with every engagement check.</summary>
    public EngagementValidator()
    {
        foreach (var check in EngagementChecks.All)
        {
            RuleFor(data => data).Custom((data, context) =>
            {
                foreach (var finding in check.Check(data))
                {
                    context.AddFailure(new ValidationFailure(finding.Field ?? finding.Subject, finding.Message)
                    {
                        ErrorCode = finding.RuleId,
                        Severity = finding.Severity switch
                        {
                            Findings.Severity.Error => FluentValidation.Severity.Error,
                            Findings.Severity.Warning => FluentValidation.Severity.Warning,
                            _ => FluentValidation.Severity.Info,
                        },
                        CustomState = finding,
                    });
                }
            });
        }
    }

    /// <summary>The findings behind a result of this validator, in order.</summary>
    /// <param name="result">A result from <see cref="AbstractValidator{T}.Validate(T)"/>.</param>
    /// <returns>The findings.</returns>
    public static IReadOnlyList<Finding> ToFindings(ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Errors.Select(e => e.CustomState as Finding ?? new Finding(e.ErrorCode, Findings.Severity.Error, e.PropertyName, null, e.ErrorMessage)).ToArray();
    }
}
