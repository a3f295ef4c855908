using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Rag.Rules;
using NodaTime;

namespace Nhp.Rag;

/// <summary>
/// The built-in RAG rules for the delivery plan's key (GREEN complete/established, AMBER in progress, RED deadline
/// missed or will not be achieved). Each method returns a new rule; <see cref="RagPolicy.Default"/> holds them all.
/// </summary>
public static class RagRules
{
    /// <summary>The area of the RAG rules' descriptors.</summary>
    public const string Area = "rag";

    /// <summary>The id of <see cref="DeadlineMissed"/>.</summary>
    public const string DeadlineMissedId = "rag.deadline.missed";

    /// <summary>The id of <see cref="NoTargetDate"/>.</summary>
    public const string NoTargetDateId = "rag.target.no-date";

    /// <summary>The id of <see cref="StaleUpdate"/>.</summary>
    public const string StaleUpdateId = "rag.update.stale";

    /// <summary>The id of <see cref="CompleteButNotGreen"/>.</summary>
    public const string CompleteButNotGreenId = "rag.complete.not-green";

    /// <summary>The id of <see cref="GreenWithoutDate"/>.</summary>
    public const string GreenWithoutDateId = "rag.green.no-date";

    /// <summary>The id of <see cref="GreenBeforeDeadline"/>.</summary>
    public const string GreenBeforeDeadlineId = "rag.green.before-deadline";

    /// <summary>The id of <see cref="NotRated"/>.</summary>
    public const string NotRatedId = "rag.not-rated";

    /// <summary>The id of <see cref="ReviewDue"/>.</summary>
    public const string ReviewDueId = "rag.review.due";

    /// <summary>The age after which a status update is stale by default: three months.</summary>
    public static Period DefaultMaximumAge { get; } = Period.FromMonths(3);

    /// <summary>
    /// Deadline missed (error, expects RED): the as-of date is after the target's deadline and the deliverable is not
    /// complete (not GREEN) and not already RED. The deadline day itself is not missed.
    /// </summary>
    /// <returns>The rule.</returns>
    public static RagRule DeadlineMissed() => new DeadlineMissedRule();

    /// <summary>
    /// No target date (warning): the deliverable is in progress (AMBER) or RED and its target is <c>TBC</c> or empty,
    /// so nobody can tell when it is late.
    /// </summary>
    /// <returns>The rule.</returns>
    public static RagRule NoTargetDate() => new NoTargetDateRule();

    /// <summary>
    /// Stale update (warning): the status update is older than <paramref name="maximumAge"/> at the as-of date (the
    /// update date plus the age is before the as-of date). Deliverables whose update date is unknown are not judged.
    /// </summary>
    /// <param name="maximumAge">How old an update may be; default three months.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">The age is not positive or has units smaller than a day.</exception>
    public static RagRule StaleUpdate(Period? maximumAge = null)
    {
        var age = maximumAge ?? DefaultMaximumAge;
        if (age.HasTimeComponent || age == Period.Zero || age.Years < 0 || age.Months < 0 || age.Weeks < 0 || age.Days < 0)
        {
            throw new ArgumentException("The maximum age must be a positive number of years, months, weeks or days.", nameof(maximumAge));
        }

        return new StaleUpdateRule(age);
    }

    /// <summary>
    /// Complete but not GREEN (warning, expects GREEN): the target says <c>Complete</c> or <c>Completed annually</c>
    /// but the RAG is AMBER or RED; by the key, complete work is GREEN.
    /// </summary>
    /// <returns>The rule.</returns>
    public static RagRule CompleteButNotGreen() => new CompleteButNotGreenRule();

    /// <summary>
    /// GREEN without a date (warning): the RAG is GREEN (complete/established) but the target is still <c>TBC</c> or
    /// empty, which the key does not allow for finished work.
    /// </summary>
    /// <returns>The rule.</returns>
    public static RagRule GreenWithoutDate() => new GreenWithoutDateRule();

    /// <summary>
    /// GREEN before its deadline (info): the RAG is GREEN and the as-of date is before the target's deadline day; worth confirming
    /// the work is complete rather than on track (which the key calls AMBER).
    /// </summary>
    /// <returns>The rule.</returns>
    public static RagRule GreenBeforeDeadline() => new GreenBeforeDeadlineRule();

    /// <summary>Not rated (warning): the deliverable has no RAG status.</summary>
    /// <returns>The rule.</returns>
    public static RagRule NotRated() => new NotRatedRule();

    /// <summary>
    /// Review due (info): a target with a review suffix (<c>Complete Review 31/03/2024</c>) whose review date has passed.
    /// </summary>
    /// <returns>The rule.</returns>
    public static RagRule ReviewDue() => new ReviewDueRule();

    /// <summary>All the built-in rules with their default settings, in the order they are reported.</summary>
    /// <returns>The rules.</returns>
    public static IReadOnlyList<RagRule> All() =>
    [
        DeadlineMissed(), NoTargetDate(), StaleUpdate(), CompleteButNotGreen(), GreenWithoutDate(), GreenBeforeDeadline(), NotRated(), ReviewDue(),
    ];

    /// <summary>
    /// The RAG area's entry point, the same shape as every area's <c>Check</c>: judges each deliverable of the plan, as
    /// its latest status update reported it, at <paramref name="asOf"/> and returns the findings, most severe first (then
    /// in code order). The findings are those of <see cref="RagPolicy.Evaluate(DeliveryPlan, LocalDate)"/>, without the
    /// reported and expected RAG; use that method when you need them.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The date to judge at.</param>
    /// <param name="policy">The rules to apply; <see cref="RagPolicy.Default"/> when null.</param>
    /// <returns>The findings; empty when every deliverable's RAG is as the rules expect.</returns>
    public static IReadOnlyList<Finding> Check(DeliveryPlan plan, LocalDate asOf, RagPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. (policy ?? RagPolicy.Default).Evaluate(plan, asOf).Findings.Select(f => f.Finding).OrderByDescending(f => f.Severity)];
    }
}
