using Nhp.Findings;

namespace Nhp.Integrity;

/// <summary>
/// How completely one equality field is recorded, with the force's policy for it, so that the gap is judged against
/// the policy. The share is counted (<see cref="Recorded"/>) or, where a paper gave only an approximate figure,
/// stated (<see cref="StatedPercent"/>); the paper's own words are kept in <see cref="Observation"/>.
/// Immutable; equality is by value.
/// </summary>
/// <param name="Field">The field.</param>
/// <param name="Policy">The force's recording policy for it.</param>
public sealed record EqualityFieldCompleteness(EqualityField Field, EqualityRecordingPolicy Policy)
{
    /// <summary>The share at or above which an always-recorded field meets the policy, when a caller does not choose one: 0.95. A default of this library, not a national standard.</summary>
    public const double DefaultExpectedShare = 0.95;

    /// <summary>Records that carry the field, of records examined, when counted.</summary>
    public Proportion? Recorded { get; init; }

    /// <summary>An approximate percentage as a paper states it (e.g. 60 for "around 60% of records"), when only that is known.</summary>
    public decimal? StatedPercent { get; init; }

    /// <summary>The paper's finding in its own words, e.g. <c>Ethnicity is recorded in around 60% of records</c>.</summary>
    public string? Observation { get; init; }

    /// <summary>The policy in the force's words, e.g. <c>only if relevant as an aggravating factor in a hate crime</c>.</summary>
    public string? PolicyNote { get; init; }

    /// <summary>Where the entry was read from, when it came from a file.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>The share recorded, 0 to 1: counted when possible, else stated, else null.</summary>
    public double? Share => Recorded?.Rate ?? (StatedPercent is { } percent ? (double)percent / 100.0 : null);

    /// <summary>Judges the share against the policy.</summary>
    /// <param name="expectedShare">The share an always-recorded field must reach; <see cref="DefaultExpectedShare"/> by default.</param>
    /// <returns>The judgement.</returns>
    public EqualityJudgement Judge(double expectedShare = DefaultExpectedShare) => Policy switch
    {
        EqualityRecordingPolicy.NoField => EqualityJudgement.NoFieldInSystem,
        EqualityRecordingPolicy.OnlyWhereRelevant => EqualityJudgement.RecordedWhereRelevant,
        _ when Share is not { } share => EqualityJudgement.NotMeasured,
        _ => Share >= expectedShare ? EqualityJudgement.MeetsPolicy : EqualityJudgement.GapAgainstPolicy,
    };

    /// <summary>
    /// Measures completeness from records: for each field in <paramref name="policies"/>, the share of
    /// <paramref name="records"/> (each given as the set of fields it carries) that carry it.
    /// </summary>
    /// <param name="records">For each victim record, the equality fields it has a value for.</param>
    /// <param name="policies">The fields to measure and the force's policy for each, in the order wanted.</param>
    /// <returns>One entry per policy; with no records, entries without a share.</returns>
    public static IReadOnlyList<EqualityFieldCompleteness> Measure(
        IEnumerable<IReadOnlySet<EqualityField>> records,
        IEnumerable<KeyValuePair<EqualityField, EqualityRecordingPolicy>> policies)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(policies);
        var all = records.ToArray();
        return policies
            .Select(p => new EqualityFieldCompleteness(p.Key, p.Value)
            {
                Recorded = all.Length == 0 ? null : new Proportion(all.Count(r => r.Contains(p.Key)), all.Length),
            })
            .ToArray();
    }
}
