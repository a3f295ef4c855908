using Nhp.Policing;
using NodaTime;

namespace Nhp.Domain.Tests.Policing;

public sealed class PolicingModelTest
{
    [Fact]
    public void A_count_per_month_is_the_count_over_the_months_of_its_period()
    {
        // 294 stops and searches from 5 October 2020 to 22 June 2021, both days counted: 27 days of October, then
        // 30 + 31 + 31 + 28 + 31 + 30 + 31, then 22 of June = 261 days; 261 / 30.436875 = 8.575 months,
        // 294 / 8.575 = 34.29, so 34.3 a month.
        var result = new ActivityResult { Activity = "Stop and searches", Count = 294, Since = new LocalDate(2020, 10, 5), AsOf = new LocalDate(2021, 6, 22) };
        Assert.Equal(34.3m, result.PerMonth);
        Assert.Equal(261, result.Figure.Days);
        Assert.Null((result with { Since = null }).PerMonth);
    }

    [Fact]
    public void A_gap_is_establishment_less_strength_and_only_when_both_are_known()
    {
        Assert.Equal(1, new Staffing("PCSO", 5, 4).Gap);
        Assert.Equal(0, new Staffing("PCSO", 5, 6).Gap);
        Assert.Equal(0, new Staffing("DWO", null, 12).Gap);
    }

    [Fact]
    public void What_is_written_reads_back_the_same()
    {
        var model = new PolicingModel
        {
            Name = "Model",
            AsOf = new LocalDate(2021, 6, 22),
            GoLive = new LocalDate(2020, 10, 19),
            Units = [new PolicingUnit { Name = "PCSOs", Kind = UnitKind.Team, Taskable = true, Themes = ["Young people"], Staffing = [new Staffing("PCSO", 5, 4, "4 of 5")] }],
            Posts = [new AccountablePost("Chief Inspector", "East sector")],
            Results = [new ActivityResult { Activity = "Arrests", Count = 153, AsOf = new LocalDate(2021, 6, 22), Since = new LocalDate(2020, 10, 5) }],
            Reviews = [new PeerReview("Surrey Police", "Green", "Green overall.")],
            Successes = ["One"],
            Challenges = ["Two"],
        };
        var json = PolicingModelJson.Write(model);
        var back = PolicingModelJson.Read(new StringReader(json), "model.json");
        Assert.Empty(back.Findings);
        Assert.Equal(json, PolicingModelJson.Write(back.Value!));
        Assert.Equal(model.Units[0].Staffing, back.Value!.Units[0].Staffing);
        Assert.Equal(model.GoLive, back.Value.GoLive);
    }

    [Fact]
    public void Results_are_series_of_the_metrics_model_one_per_activity_and_qualifier()
    {
        var asOf = new LocalDate(2021, 6, 22);
        var model = new PolicingModel
        {
            Name = "Sector Policing Model",
            AsOf = asOf,
            Results =
            [
                new ActivityResult { Activity = "Stop and searches", Count = 294, Since = new LocalDate(2020, 10, 5), AsOf = asOf },
                new ActivityResult { Activity = "Criminal Behaviour Orders", Qualifier = "granted", Count = 5, AsOf = asOf },
                new ActivityResult { Activity = "Criminal Behaviour Orders", Qualifier = "in court", Count = 8, AsOf = asOf },
                new ActivityResult { Activity = "stop and searches", Count = 410, Since = new LocalDate(2020, 10, 5), AsOf = new LocalDate(2021, 9, 30) },
            ],
        };

        var series = model.ActivitySeries();

        Assert.Equal(["stop-and-searches", "criminal-behaviour-orders-granted", "criminal-behaviour-orders-in-court"], series.Select(s => s.Measure.Id));
        Assert.All(series, s => Assert.Equal((Nhp.Metrics.MeasureUnit.Count, Nhp.Metrics.DirectionOfGood.Neutral, Nhp.Metrics.MeasureFrequency.Irregular), (s.Measure.Unit, s.Measure.DirectionOfGood, s.Measure.Frequency)));
        Assert.Equal([294m, 410m], series[0].Counts.Select(c => c.Value));
        Assert.Equal("Criminal Behaviour Orders (granted)", series[1].Measure.Name);
        Assert.Equal("at 22 June 2021", series[2].Latest!.PeriodText);
    }
}
