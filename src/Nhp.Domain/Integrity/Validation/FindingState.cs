using FluentValidation;
using Nhp.Findings;

namespace Nhp.Integrity.Validation;

/// <summary>What a validation failure needs beyond its message to become a <see cref="Finding"/>.</summary>
internal sealed record FindingState(string Subject, string? Field, SourceLocation? Location, Nhp.Findings.Severity Severity = Nhp.Findings.Severity.Error);

internal static class RuleOptions
{
    /// <summary>Gives a rule its stable id, its message and what the finding is about.</summary>
    public static IRuleBuilderOptions<T, TProperty> Finding<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule,
        string ruleId,
        Func<T, string> message,
        Func<T, FindingState> state) =>
        rule.WithErrorCode(ruleId).WithMessage(message).WithState(state);
}
