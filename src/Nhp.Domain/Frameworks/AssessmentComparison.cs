namespace Nhp.Frameworks;

/// <summary>
/// Two assessments compared statement by statement (usually the same unit at two dates, but any two can be compared):
/// which ratings improved, declined, stayed, or appear in only one. Immutable.
/// </summary>
public sealed record AssessmentComparison
{
    private AssessmentComparison(SelfAssessment before, SelfAssessment after, IReadOnlyList<StatementComparison> statements)
    {
        Before = before;
        After = after;
        Statements = statements;
    }

    /// <summary>The earlier assessment.</summary>
    public SelfAssessment Before { get; }

    /// <summary>The later assessment.</summary>
    public SelfAssessment After { get; }

    /// <summary>Every statement of the framework, in framework order, with its two ratings.</summary>
    public IReadOnlyList<StatementComparison> Statements { get; }

    /// <summary>How many statements moved in the way given.</summary>
    /// <param name="change">The movement.</param>
    /// <returns>The count.</returns>
    public int Count(RatingChange change) => Statements.Count(s => s.Change == change);

    /// <summary>
    /// Compares two assessments against <paramref name="data"/>'s framework and scale. The one with the earlier date
    /// is taken as "before" whatever the order given.
    /// </summary>
    /// <param name="data">The framework and scale.</param>
    /// <param name="first">One assessment.</param>
    /// <param name="second">The other.</param>
    /// <returns>The comparison.</returns>
    public static AssessmentComparison Compare(FrameworkAssessments data, SelfAssessment first, SelfAssessment second)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var (before, after) = second.Date < first.Date ? (second, first) : (first, second);
        var rows = new List<StatementComparison>();
        foreach (var (pillar, statement) in data.Framework.Statements)
        {
            var b = before.RatingOf(statement.Id);
            var a = after.RatingOf(statement.Id);
            var rb = data.Scale.Rank(b?.Level);
            var ra = data.Scale.Rank(a?.Level);
            var change = (b, a) switch
            {
                (null, null) => RatingChange.NotComparable,
                (null, _) => ra is null ? RatingChange.NotComparable : RatingChange.NewlyRated,
                (_, null) => rb is null ? RatingChange.NotComparable : RatingChange.NoLongerRated,
                _ when rb is null || ra is null => RatingChange.NotComparable,
                _ when ra > rb => RatingChange.Improved,
                _ when ra < rb => RatingChange.Declined,
                _ => RatingChange.Same,
            };
            rows.Add(new StatementComparison(pillar, statement, b, a, change));
        }

        return new AssessmentComparison(before, after, rows);
    }
}
