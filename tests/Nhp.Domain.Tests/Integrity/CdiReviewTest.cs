using Nhp.Datasets.CityOfLondon;
using Nhp.Datasets;
using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Integrity;

namespace Nhp.Domain.Tests.Integrity;

/// <summary>The January 2024 review embedded in the default dataset reproduces Appendices 1 and 2 of the seed paper.</summary>
public sealed class CdiReviewTest
{
    private static readonly CdiReview Review = CityOfLondonDataset.February2024.CrimeDataIntegrity!;

    [Fact]
    public void The_overall_figure_is_160_of_177_or_90_4_percent_with_a_normal_margin_of_4_3_points()
    {
        var overall = Review.Overall!;
        var interval = overall.Compliance!.Value.Interval(IntervalMethod.NormalApproximation);

        Assert.Equal((177, 160), (overall.Disclosed, overall.Recorded));
        Assert.Equal("90.4", (interval.Rate * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("4.3", (interval.MarginOfError * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("violence", 49, 40, "81.6")]
    [InlineData("sexual-offences", 85, 81, "95.3")]
    [InlineData("n100", 22, 16, "72.7")]
    [InlineData("other", 43, 39, "90.7")]
    public void The_four_category_rates_match_the_appendix(string category, int disclosed, int recorded, string percent)
    {
        var result = Review.Categories.Single(c => c.Category == AuditCategory.Parse(category));

        Assert.Equal((disclosed, recorded), (result.Disclosed, result.Recorded));
        Assert.Equal(percent, (result.Compliance!.Value.Rate * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_categories_add_up_to_199_not_177_and_the_reconciliation_finding_names_both_totals()
    {
        var finding = Assert.Single(Review.Check(), f => f.RuleId == "cdi.audit.overall-reconciles");

        Assert.Equal(199, Review.CategoryTotal!.Disclosed);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("199 crimes disclosed", finding.Message, StringComparison.Ordinal);
        Assert.Contains("177 disclosed", finding.Message, StringComparison.Ordinal);
        Assert.Contains("176 recorded", finding.Message, StringComparison.Ordinal);
        Assert.Contains("160 recorded", finding.Message, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation("crime-data-integrity-2024-01.csv", 6), finding.Location);
    }

    [Fact]
    public void The_stated_overall_is_kept_rather_than_replaced_by_the_sum()
    {
        Assert.Same(Review.StatedOverall, Review.Overall);
        Assert.Equal("Based on findings across all audits.", Review.OverallBasis);
    }

    [Fact]
    public void The_only_findings_are_the_reconciliation_and_the_timescale_typo()
    {
        var findings = Review.Check();

        Assert.Equal(
            ["cdi.audit.overall-reconciles", "cdi.recommendation.timescale-unrecognised"],
            findings.Select(f => f.RuleId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_flag_table_totals_23_required_and_added_4_wrongly_added_16_missed()
    {
        var totals = Review.Flags!.Totals;

        Assert.Equal("Q3", Review.Flags.Period);
        Assert.Equal(10, Review.Flags.Rows.Count);
        Assert.Equal((23, 4, 16), (totals.RequiredAndAdded, totals.WronglyAdded, totals.Missed));
    }

    [Fact]
    public void Timeliness_is_92_7_percent_in_Q2_and_93_4_percent_in_Q3()
    {
        Assert.Equal(["Q2", "Q3"], Review.Timeliness.Select(t => t.Period));
        Assert.Equal(0.927, Review.Timeliness[0].Rate!.Value, 1e-12);
        Assert.Equal(0.934, Review.Timeliness[1].Rate!.Value, 1e-12);
    }

    [Fact]
    public void The_eight_recommendations_keep_their_timescales_losslessly()
    {
        var recommendations = Review.Recommendations;

        Assert.Equal(Enumerable.Range(1, 8), recommendations.Select(r => r.Number));
        Assert.Equal(TargetKind.Month, recommendations[0].Timescale.Kind);
        Assert.Equal("February 2024", recommendations[0].Timescale.Text);
        Assert.Equal("February 2024 OIB Review Implementation March 2024", recommendations[5].Timescale.Text);
        Assert.True(recommendations[5].Timescale.HasReview);
        Assert.Equal("March 204", recommendations[6].Timescale.Text);
        Assert.Equal(TargetKind.Unrecognised, recommendations[6].Timescale.Kind);
        Assert.All(recommendations, r => Assert.Equal(RagStatus.NotRated, r.Status));
    }

    [Fact]
    public void The_typo_March_204_is_flagged_on_recommendation_7()
    {
        var finding = Assert.Single(Review.Check(), f => f.RuleId == "cdi.recommendation.timescale-unrecognised");

        Assert.Equal("recommendation 7", finding.Subject);
        Assert.Contains("'March 204'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Owners_are_split_where_the_ampersand_joins_two_owners_and_kept_whole_otherwise()
    {
        Assert.Equal(["Strategy, Planning & Service Improvement - FCIR"], Review.Recommendations[0].Owners);
        Assert.Equal(["FRC", "Strategy, Planning & Service Improvement - FCIR"], Review.Recommendations[6].Owners);
        Assert.Equal("FRC & Strategy, Planning & Service Improvement - FCIR", Review.Recommendations[6].Owner);
    }

    [Fact]
    public void Equality_data_is_judged_against_the_forces_policy()
    {
        var byField = Review.EqualityData.ToDictionary(e => e.Field);

        Assert.Equal(EqualityJudgement.GapAgainstPolicy, byField[EqualityField.Ethnicity].Judge());
        Assert.Equal(EqualityJudgement.RecordedWhereRelevant, byField[EqualityField.Religion].Judge());
        Assert.Equal(EqualityJudgement.NoFieldInSystem, byField[EqualityField.Sexuality].Judge());
        Assert.Equal(EqualityJudgement.NotMeasured, byField[EqualityField.Disability].Judge());
    }

    [Fact]
    public void Without_a_stated_overall_the_overall_is_the_sum_of_the_categories_and_nothing_needs_reconciling()
    {
        var review = Review with { StatedOverall = null };

        Assert.Equal((199, 176), (review.Overall!.Disclosed, review.Overall.Recorded));
        Assert.DoesNotContain(review.Check(), f => f.RuleId == "cdi.audit.overall-reconciles");
    }

    [Fact]
    public void A_printed_rate_that_does_not_match_its_counts_is_reported()
    {
        var review = Review with { Categories = [new AuditResult(AuditCategory.Violence, 49, 40) { PublishedPercent = 86.1m }] };

        var finding = Assert.Single(review.Check(), f => f.RuleId == "cdi.audit.published-rate-differs");
        Assert.Contains("86.1%", finding.Message, StringComparison.Ordinal);
        Assert.Contains("81.6%", finding.Message, StringComparison.Ordinal);
    }
}
