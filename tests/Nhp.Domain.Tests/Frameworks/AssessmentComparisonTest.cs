using Nhp.Frameworks;
using NodaTime;

namespace Nhp.Domain.Tests.Frameworks;

public sealed class AssessmentComparisonTest
{
    private static readonly FrameworkAssessments Data = new() { Framework = KnownFrameworks.FourPillars };

    [Fact]
    public void The_four_pillars_are_the_strategy_s_four_with_their_purposes_as_written()
    {
        Assert.Equal(["Visibility", "Engagement", "Problem Solving", "Community Resilience"], KnownFrameworks.FourPillars.Pillars.Select(p => p.Name));
        Assert.Equal("Problem solving to identify, establish causation, respond and address local problems", KnownFrameworks.FourPillars.Pillars[2].Purpose);
        Assert.Empty(FrameworkRules.Check(Data));
    }

    [Fact]
    public void Each_statement_moves_by_the_order_of_the_scale_whichever_assessment_is_given_first()
    {
        var june = Assessment(2016, 6, ("V1", "not started"), ("V2", "developing"), ("V3", "established"), ("E1", "embedded"));
        var december = Assessment(2016, 12, ("V1", "developing"), ("V2", "developing"), ("V3", "developing"), ("P1", "developing"));

        var comparison = AssessmentComparison.Compare(Data, december, june);

        Assert.Equal(june, comparison.Before);
        // V1 not started -> developing: improved; V2 same; V3 established -> developing: declined; E1 only in June;
        // P1 only in December; the other eight statements in neither.
        Assert.Equal(RatingChange.Improved, Change(comparison, "V1"));
        Assert.Equal(RatingChange.Same, Change(comparison, "V2"));
        Assert.Equal(RatingChange.Declined, Change(comparison, "V3"));
        Assert.Equal(RatingChange.NoLongerRated, Change(comparison, "E1"));
        Assert.Equal(RatingChange.NewlyRated, Change(comparison, "P1"));
        Assert.Equal(13 - 5, comparison.Count(RatingChange.NotComparable));
    }

    private static RatingChange Change(AssessmentComparison comparison, string id) => comparison.Statements.Single(s => s.Statement.Id == id).Change;

    private static SelfAssessment Assessment(int year, int month, params (string Id, string Level)[] ratings) => new()
    {
        Unit = "Reading LPA",
        Date = new LocalDate(year, month, 1),
        Ratings = [.. ratings.Select(r => new StatementRating(r.Id, r.Level, "Evidence."))],
    };
}
