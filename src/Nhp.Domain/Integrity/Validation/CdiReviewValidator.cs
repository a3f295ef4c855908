using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Nhp.Findings;

namespace Nhp.Integrity.Validation;

/// <summary>Checks a whole review's inputs: every count, period and list, and that nothing is listed twice.</summary>
internal sealed class CdiReviewValidator : AbstractValidator<CdiReview>
{
    public CdiReviewValidator()
    {
        RuleFor(r => r.SamplingPeriod!).SetValidator(new SamplingPeriodValidator("review", null)).When(r => r.SamplingPeriod is not null);
        RuleFor(r => r.StatedOverall!).SetValidator(new AuditResultValidator()).When(r => r.StatedOverall is not null);
        RuleForEach(r => r.Categories).SetValidator(new AuditResultValidator());
        RuleFor(r => r.Categories).Custom((categories, context) =>
            Repeats(categories, c => c.Category.Id, context, c => new FindingState(c.Category.Name, "category", c.Location), c => $"The category '{c.Category.Name}' is listed more than once; each category is reported once."));

        RuleForEach(r => r.Timeliness).SetValidator(new TimelinessPeriodValidator());
        RuleFor(r => r.Timeliness).Custom((periods, context) =>
            Repeats(periods, p => p.Period.Trim(), context, p => new FindingState(p.Period, "period", p.Location), p => $"The timeliness period '{p.Period}' is listed more than once."));

        RuleFor(r => r.Flags!).SetValidator(new FlagAuditValidator()).When(r => r.Flags is not null);

        RuleForEach(r => r.EqualityData).SetValidator(new EqualityFieldCompletenessValidator());
        RuleFor(r => r.EqualityData).Custom((fields, context) =>
            Repeats(fields, f => f.Field.ToString(), context, f => new FindingState(f.Field.ToString(), "field", f.Location), f => $"The equality field {f.Field} is listed more than once."));

        RuleForEach(r => r.Recommendations).SetValidator(new RecommendationValidator());
        RuleFor(r => r.Recommendations).Custom((recommendations, context) =>
            Repeats(recommendations, r => r.Number.ToString(CultureInfo.InvariantCulture), context, r => new FindingState(Subject(r), "number", r.Location), r => $"Recommendation number {r.Number.ToString(CultureInfo.InvariantCulture)} is used more than once."));
    }

    internal static string Subject(Recommendation r) => "recommendation " + r.Number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Adds one failure for every item whose key was already seen.</summary>
    internal static void Repeats<T>(
        IEnumerable<T> items,
        Func<T, string> key,
        ValidationContext<CdiReview> context,
        Func<T, FindingState> state,
        Func<T, string> message)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            if (!seen.Add(key(item)))
            {
                var ruleId = typeof(T) == typeof(AuditResult) ? "cdi.audit.category-repeated"
                    : typeof(T) == typeof(TimelinessPeriod) ? "cdi.timeliness.period-repeated"
                    : typeof(T) == typeof(EqualityFieldCompleteness) ? "cdi.equality.field-repeated"
                    : typeof(T) == typeof(FlagAuditRow) ? "cdi.flags.flag-repeated"
                    : "cdi.recommendation.number-repeated";
                context.AddFailure(new ValidationFailure(context.PropertyPath, message(item)) { ErrorCode = ruleId, CustomState = state(item) });
            }
        }
    }
}

/// <summary>Checks one period of timeliness: it has a name and either sound counts or a percentage from 0 to 100.</summary>
internal sealed class TimelinessPeriodValidator : AbstractValidator<TimelinessPeriod>
{
    public TimelinessPeriodValidator()
    {
        RuleFor(p => p.Period).Must(t => !string.IsNullOrWhiteSpace(t))
            .Finding("cdi.period.empty", _ => "A timeliness row has no period; name the period (e.g. 'Q2').", p => new FindingState("timeliness", "period", p.Location));
        RuleFor(p => p).Must(p => p.WithinLimit is not null || p.Total is not null || p.PublishedPercent is not null)
            .Finding("cdi.timeliness.no-figure", p => $"Timeliness for {p.Period}: neither counts nor a percentage are given.", p => new FindingState(p.Period, null, p.Location));
        RuleFor(p => p).Must(p => (p.WithinLimit is null && p.Total is null) || p.Share is not null)
            .Finding(
                "cdi.timeliness.count-invalid",
                p => string.Create(CultureInfo.InvariantCulture, $"Timeliness for {p.Period}: {Count(p.WithinLimit)} recorded within the limit of {Count(p.Total)} disclosed is impossible; both counts must be given, not negative, with at least one crime and no more in time than in all."),
                p => new FindingState(p.Period, "counts", p.Location));
        RuleFor(p => p.PublishedPercent).InclusiveBetween(0m, 100m).When(p => p.PublishedPercent is not null)
            .Finding("cdi.timeliness.percent-out-of-range", p => string.Create(CultureInfo.InvariantCulture, $"Timeliness for {p.Period}: {p.PublishedPercent}% is not a percentage from 0 to 100."), p => new FindingState(p.Period, "percent", p.Location));
    }

    private static string Count(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "(missing)";
}

/// <summary>Checks a flagging audit: a period, no negative counts, each flag once.</summary>
internal sealed class FlagAuditValidator : AbstractValidator<FlagAudit>
{
    public FlagAuditValidator()
    {
        RuleFor(f => f.Period).Must(t => !string.IsNullOrWhiteSpace(t))
            .Finding("cdi.period.empty", _ => "The flagging audit has no period; say which period it covers (e.g. 'Q3').", _ => new FindingState("flags", "period", null));
        RuleForEach(f => f.Rows).Must(r => r.RequiredAndAdded >= 0 && r.WronglyAdded >= 0 && r.Missed >= 0)
            .WithErrorCode("cdi.flags.count-negative")
            .WithMessage((_, r) => string.Create(CultureInfo.InvariantCulture, $"Flag {r.Flag.Name}: counts {r.RequiredAndAdded} / {r.WronglyAdded} / {r.Missed} (required and added / wrongly added / missed) include a negative number."))
            .WithState((_, r) => new FindingState("flag " + r.Flag.Name, "counts", r.Location));
        RuleFor(f => f.Rows).Custom((rows, context) =>
        {
            var seen = new HashSet<CrimeFlag>();
            foreach (var row in rows.Where(r => !seen.Add(r.Flag)))
            {
                context.AddFailure(new ValidationFailure("Rows", $"Flag {row.Flag.Name} is listed more than once; each flag has one row.")
                {
                    ErrorCode = "cdi.flags.flag-repeated",
                    CustomState = new FindingState("flag " + row.Flag.Name, "flag", row.Location),
                });
            }
        });
    }
}

/// <summary>Checks an equality-data entry: a stated percentage from 0 to 100.</summary>
internal sealed class EqualityFieldCompletenessValidator : AbstractValidator<EqualityFieldCompleteness>
{
    public EqualityFieldCompletenessValidator()
    {
        RuleFor(e => e.StatedPercent).InclusiveBetween(0m, 100m).When(e => e.StatedPercent is not null)
            .Finding("cdi.equality.percent-out-of-range", e => string.Create(CultureInfo.InvariantCulture, $"Equality field {e.Field}: {e.StatedPercent}% is not a percentage from 0 to 100."), e => new FindingState(e.Field.ToString(), "percent", e.Location));
    }
}

/// <summary>Checks a recommendation: a positive number, some text.</summary>
internal sealed class RecommendationValidator : AbstractValidator<Recommendation>
{
    public RecommendationValidator()
    {
        RuleFor(r => r.Number).GreaterThan(0)
            .Finding("cdi.recommendation.number-invalid", r => string.Create(CultureInfo.InvariantCulture, $"Recommendation number {r.Number} is not a positive whole number."), r => new FindingState(CdiReviewValidator.Subject(r), "number", r.Location));
        RuleFor(r => r.Text).Must(t => !string.IsNullOrWhiteSpace(t))
            .Finding("cdi.recommendation.text-empty", r => $"{CdiReviewValidator.Subject(r)} has no text.", r => new FindingState(CdiReviewValidator.Subject(r), "text", r.Location));
    }
}
