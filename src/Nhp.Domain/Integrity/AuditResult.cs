using Nhp.Findings;

namespace Nhp.Integrity;

/// <summary>
/// What an audit found for one category of crime: how many crimes were disclosed to the police and how many of them
/// were correctly recorded. Holds the counts as given, even impossible ones, so that validation can say what is wrong
/// (see <see cref="CdiReview.Check"/>); <see cref="Compliance"/> is only available when the counts make sense.
/// Immutable; equality is by value (lists by reference).
/// </summary>
/// <param name="Category">The category of crime, or <see cref="AuditCategory.All"/> for an overall figure.</param>
/// <param name="Disclosed">Crimes disclosed (the paper's "Disc").</param>
/// <param name="Recorded">Crimes correctly recorded (the paper's "Rec").</param>
public sealed record AuditResult(AuditCategory Category, int Disclosed, int Recorded)
{
    /// <summary>When the sample was taken, when stated for this result.</summary>
    public SamplingPeriod? Period { get; init; }

    /// <summary>The audits the figures came from (e.g. <c>May journey audit</c>); empty when not stated.</summary>
    public IReadOnlyList<string> Audits { get; init; } = [];

    /// <summary>The compliance rate as the paper printed it, in percent (e.g. 81.6), when it printed one.</summary>
    public decimal? PublishedPercent { get; init; }

    /// <summary>Where the result was read from, when it came from a file.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>
    /// Recorded of disclosed as a <see cref="Proportion"/>, or null when the counts cannot form one (none disclosed, a
    /// negative count, or more recorded than disclosed).
    /// </summary>
    public Proportion? Compliance =>
        Disclosed >= 1 && Recorded >= 0 && Recorded <= Disclosed ? new Proportion(Recorded, Disclosed) : null;
}
