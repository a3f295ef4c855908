using NodaTime;

namespace Nhp.Datasets.CityOfLondon.Tests;

public sealed class NhpDatasetTest
{
    [Fact]
    public void The_default_dataset_is_loaded_once_and_shared() =>
        Assert.Same(CityOfLondonDataset.February2024, CityOfLondonDataset.February2024);

    [Fact]
    public void The_default_dataset_cites_the_february_2024_committee_papers()
    {
        var sources = CityOfLondonDataset.February2024.Sources;

        Assert.Contains(sources, s => s.Title == "Crime Data Integrity Review" && s.Reference == "Pol 24-24");
        Assert.All(sources.Where(s => s.Title != EngagementPaper), s => Assert.Equal(new LocalDate(2024, 2, 22), s.Date));
        Assert.All(sources, s => Assert.Equal("Strategic Planning and Performance Committee", s.Committee));
    }

    private const string EngagementPaper = "Community Engagement Quarterly Update & Measures of the Strategic Plan";

    [Fact]
    public void The_default_dataset_cites_the_november_2024_engagement_paper_its_panels_and_events_come_from()
    {
        var paper = Assert.Single(CityOfLondonDataset.February2024.Sources, s => s.Title == EngagementPaper);
        Assert.Equal(new LocalDate(2024, 11, 26), paper.Date);
        Assert.Equal(paper.Date, CityOfLondonDataset.February2024.Engagement!.AsOf);
    }
}
