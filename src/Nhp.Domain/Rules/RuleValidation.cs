using FluentValidation.Results;
using Nhp.Findings;
using Severity = Nhp.Findings.Severity;

namespace Nhp.Rules;

/// <summary>Conversions between Nhp findings and FluentValidation results, for code that uses both.</summary>
public static class RuleValidation
{
    /// <summary>
    /// The findings of a result produced by <see cref="RuleSet{TInput}.ToValidator"/>: each failure's
    /// <c>CustomState</c> finding, or, for failures added by other validators, a finding made from the failure
    /// (error code as rule id, property name as subject).
    /// </summary>
    /// <param name="result">The validation result.</param>
    /// <returns>The findings, in the result's order.</returns>
    public static IReadOnlyList<Finding> ToFindings(ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Errors.Select(e => e.CustomState as Finding
            ?? new Finding(e.ErrorCode ?? string.Empty, FromFluentSeverity(e.Severity), e.PropertyName, null, e.ErrorMessage))];
    }

    /// <summary>The FluentValidation failure for a finding: the rule id as error code, the severity mapped, the finding as custom state.</summary>
    internal static ValidationFailure ToFailure(Finding finding, string propertyName, object? attemptedValue = null) =>
        new(propertyName, finding.Message, attemptedValue)
        {
            ErrorCode = finding.RuleId,
            Severity = ToFluentSeverity(finding.Severity),
            CustomState = finding,
        };

    /// <summary>FluentValidation's severity for an Nhp severity.</summary>
    /// <param name="severity">The Nhp severity.</param>
    /// <returns>The same level in FluentValidation.</returns>
    public static FluentValidation.Severity ToFluentSeverity(Severity severity) => severity switch
    {
        Severity.Error => FluentValidation.Severity.Error,
        Severity.Warning => FluentValidation.Severity.Warning,
        _ => FluentValidation.Severity.Info,
    };

    /// <summary>The Nhp severity for a FluentValidation severity.</summary>
    /// <param name="severity">FluentValidation's severity.</param>
    /// <returns>The same level in Nhp.</returns>
    public static Severity FromFluentSeverity(FluentValidation.Severity severity) => severity switch
    {
        FluentValidation.Severity.Error => Severity.Error,
        FluentValidation.Severity.Warning => Severity.Warning,
        _ => Severity.Info,
    };
}
