using Nhp.Metrics;

namespace Nhp.Datasets.CityOfLondon.Tests.Metrics;

public class MeasureCatalogueTest
{
    [Fact]
    public void The_policing_plan_measures_carry_the_four_quarters_as_printed()
    {
        var plan = MeasureCatalogue.PolicingPlan2023To24;
        Assert.Equal(16, plan.Count);
        var fraud = plan.Single(s => s.Measure.Id == "fraud-judicial-outcomes");
        Assert.Equal(["1,101", "1,562", "1,614", "1,196"], fraud.Observations.Select(o => o.AsPrinted));
        Assert.Equal([1101m, 1562m, 1614m, 1196m], fraud.Observations.Select(o => o.Value!.Value));
        var telephone = plan.Single(s => s.Measure.Id == "action-fraud-telephone-satisfaction");
        Assert.Equal(95.5m, telephone.Observations[1].Value);
        Assert.Equal(95m, telephone.Measure.Target);
        Assert.Equal(85m, MeasureCatalogue.Find("action-fraud-online-satisfaction")!.Target);
        Assert.Equal(11.3m, MeasureCatalogue.Find("positive-outcome-rate")!.Benchmark);
        // The first ten measures have a table of four quarters; the survey, people and finance measures give Q3 or no figure.
        Assert.All(plan.Take(10), s => Assert.Equal(MeasureCatalogue.PolicingPlanQuarters, s.Observations.Select(o => o.Period)));
        Assert.All(plan.Skip(10), s => Assert.True(s.Observations.Count <= 1));
    }

    [Fact]
    public void The_engagement_plan_has_outcomes_a_to_d_and_metrics_a_to_j_without_values()
    {
        Assert.Equal(["a", "b", "c", "d"], MeasureCatalogue.EngagementOutcomes.Select(o => o.Label));
        Assert.Equal("To increase diversity in demographics of public surveys", MeasureCatalogue.EngagementOutcomes[3].Text);
        Assert.Equal(10, MeasureCatalogue.EngagementMetrics.Count);
        Assert.Equal("engagement-j", MeasureCatalogue.EngagementMetrics[^1].Id);
        Assert.All(MeasureCatalogue.EngagementMetrics, m => Assert.Equal(DirectionOfGood.Neutral, m.DirectionOfGood));
    }

    [Fact]
    public void Ids_are_unique() =>
        Assert.Equal(
            MeasureCatalogue.PolicingPlan2023To24.Count + MeasureCatalogue.EngagementMetrics.Count,
            MeasureCatalogue.PolicingPlan2023To24.Select(s => s.Measure.Id).Concat(MeasureCatalogue.EngagementMetrics.Select(m => m.Id)).Distinct().Count());
}
