using System.Globalization;
using FluentValidation;

namespace Nhp.Integrity.Validation;

/// <summary>Checks one category's (or the overall) counts: none negative, some disclosed, no more recorded than disclosed.</summary>
internal sealed class AuditResultValidator : AbstractValidator<AuditResult>
{
    public AuditResultValidator()
    {
        RuleFor(a => a.Disclosed).GreaterThanOrEqualTo(0)
            .Finding("cdi.audit.count-negative", a => F($"{a.Category.Name}: crimes disclosed is {a.Disclosed}; a count cannot be negative."), a => State(a, "disclosed"));
        RuleFor(a => a.Recorded).GreaterThanOrEqualTo(0)
            .Finding("cdi.audit.count-negative", a => F($"{a.Category.Name}: crimes recorded is {a.Recorded}; a count cannot be negative."), a => State(a, "recorded"));
        RuleFor(a => a.Disclosed).NotEqual(0)
            .Finding("cdi.audit.nothing-disclosed", a => F($"{a.Category.Name}: no crimes disclosed, so there is no compliance rate to report."), a => State(a, "disclosed"));
        RuleFor(a => a.Recorded).LessThanOrEqualTo(a => a.Disclosed).When(a => a.Recorded >= 0 && a.Disclosed > 0)
            .Finding("cdi.audit.recorded-above-disclosed", a => F($"{a.Category.Name}: {a.Recorded} crimes recorded but only {a.Disclosed} disclosed; recorded cannot exceed disclosed (are the columns swapped?)."), a => State(a, "recorded"));
        RuleFor(a => a.Period!).SetValidator(a => new SamplingPeriodValidator(a.Category.Name, a.Location)).When(a => a.Period is not null);
    }

    private static FindingState State(AuditResult a, string field) => new(a.Category.Name, field, a.Location);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
