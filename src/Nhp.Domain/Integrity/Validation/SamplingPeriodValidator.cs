using System.Globalization;
using FluentValidation;
using Nhp.Findings;

namespace Nhp.Integrity.Validation;

/// <summary>Checks a sampling period: it has words, and its dates, when given, are in order.</summary>
internal sealed class SamplingPeriodValidator : AbstractValidator<SamplingPeriod>
{
    public SamplingPeriodValidator(string subject, SourceLocation? location)
    {
        RuleFor(p => p.Text).Must(t => !string.IsNullOrWhiteSpace(t))
            .Finding("cdi.period.empty", _ => $"{subject}: the sampling period is empty; say when the sample was taken (e.g. 'Mid-July to end December 2023').", _ => new FindingState(subject, "period", location));
        RuleFor(p => p.End).Must((p, end) => p.Start is null || end is null || p.Start <= end)
            .Finding(
                "cdi.period.empty",
                p => string.Create(CultureInfo.InvariantCulture, $"{subject}: the sampling period ends ({p.End:uuuu-MM-dd}) before it starts ({p.Start:uuuu-MM-dd}), so it covers no days."),
                _ => new FindingState(subject, "period", location));
    }
}
