using Nhp.Findings;

namespace Nhp.Engagement;

/// <summary>
/// A check on <see cref="EngagementData"/>, as data: its stable id, the severity of what it finds, and what it checks in
/// a sentence. The checks themselves run through <see cref="EngagementChecks.Check"/> or <see cref="EngagementValidator"/>.
/// Immutable; equality is by value.
/// </summary>
/// <param name="Id">The stable rule id, e.g. <c>engagement.schedule.meetings-per-year</c>; the findings' <see cref="Finding.RuleId"/>.</param>
/// <param name="Severity">The severity of its findings (the most severe, where it varies).</param>
/// <param name="Description">What it checks, in one sentence.</param>
public sealed record EngagementRule(string Id, Severity Severity, string Description);
