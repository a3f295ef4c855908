using Nhp.Policing;
using NodaTime;

namespace Nhp.Datasets.CityOfLondon.Tests.Policing;

/// <summary>The 2021 Sector Policing Model against the figures the paper of 22 June 2021 prints.</summary>
public sealed class SectorPolicingModelTest
{
    private static readonly PolicingModel Model = CityOfLondonDataset.SectorPolicingModel2021;

    [Fact]
    public void The_model_went_live_on_19_October_2020_with_East_and_West_sectors_each_led_by_a_Chief_Inspector()
    {
        Assert.Equal(new LocalDate(2020, 10, 19), Model.GoLive);
        Assert.Equal(["East", "West"], Model.Places.Sectors);
        Assert.All(Model.Units.Where(u => u.Kind == UnitKind.Sector), u => Assert.Equal("Chief Inspector", u.Lead));
        Assert.Equal(2, Model.Units.Count(u => u.Kind == UnitKind.Sector));
    }

    [Fact]
    public void The_hub_has_the_five_thematic_areas_and_there_are_12_dedicated_ward_officers()
    {
        var hub = Assert.Single(Model.Units, u => u.Kind == UnitKind.Hub);
        Assert.Equal(5, hub.Themes.Count);
        Assert.Contains("Hate crime/Counter Terrorism (CT)", hub.Themes);
        Assert.Equal(12, Model.Units.SelectMany(u => u.Staffing).Single(s => s.Role == "Dedicated Ward Officer").Strength);
    }

    [Fact]
    public void PCSOs_at_4_against_an_establishment_of_5_is_the_one_staffing_gap_found()
    {
        var finding = Assert.Single(PolicingModelRules.Check(Model), f => f.RuleId == PolicingModelRules.BelowEstablishment);
        Assert.Contains("4 in post against an establishment of 5", finding.Message, StringComparison.Ordinal);
        Assert.Equal("Currently CoLP has 4 PCSOs against an establishment of 5.", Model.Units.SelectMany(u => u.Staffing).Single(s => s.Role == "PCSO").AsPrinted);
    }

    [Fact]
    public void The_results_are_as_printed()
    {
        Assert.Equal(
            [("Stop and searches", 294), ("Arrests under local tasking initiatives", 153), ("Criminal Behaviour Orders (granted)", 5),
             ("Criminal Behaviour Orders (in the court system awaiting sign-off)", 8), ("Criminal Behaviour Orders (pre-written, awaiting submission)", 20)],
            Model.Results.Select(r => (r.Label, r.Count)));
        Assert.All(Model.Results.Take(2), r => Assert.Equal(new LocalDate(2020, 10, 5), r.Since));
        // "To date since October 5 successful CBO'S have been granted": from October 2020; the orders in court and pre-written stand at the paper's date.
        Assert.Equal(new LocalDate?[] { new LocalDate(2020, 10, 1), null, null }, Model.Results.Skip(2).Select(r => r.Since));
        Assert.Equal("Green", Assert.Single(Model.Reviews).Rating);
    }

    [Fact]
    public void The_February_2024_dataset_cites_the_paper_and_checks_its_clusters_against_the_model()
    {
        var dataset = CityOfLondonDataset.February2024;
        Assert.Same(Model, dataset.PolicingModel);
        Assert.Contains(dataset.Sources, s => s.Reference == "Pol 36-21" && s.Date == new LocalDate(2021, 6, 22));
        // The paper's cluster schematic is an image, so the model names no clusters and the check says so.
        var finding = Assert.Single(PolicingModelRules.Check(Model, dataset.Engagement!));
        Assert.Equal(PolicingModelRules.EngagementClustersDiffer, finding.RuleId);
    }
}
