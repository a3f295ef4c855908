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
        // The 2021 Police Authority Board paper on the Sector Policing Model is the one older paper the dataset cites
        // (for the policing model); every other is a paper of the February 2024 committee.
        var sources = CityOfLondonDataset.February2024.Sources.Where(s => !s.IsPublicData && s.Reference != "Pol 36-21").ToArray();

        Assert.Contains(sources, s => s.Title == "Crime Data Integrity Review" && s.Reference == "Pol 24-24");
        Assert.All(sources.Where(s => s.Title != EngagementPaper), s => Assert.Equal(new LocalDate(2024, 2, 22), s.Date));
        Assert.All(sources, s => Assert.Equal("Strategic Planning and Performance Committee", s.Committee));
    }

    [Fact]
    public void The_police_uk_context_is_cited_as_public_data_with_its_files_cut_at_the_paper_s_date()
    {
        var source = Assert.Single(CityOfLondonDataset.February2024.Sources, s => s.IsPublicData);

        // The paper is dated 22 February 2024: January 2024 is the last month that ended before it; April 2022 to
        // January 2024 is 22 months, one file each.
        Assert.Equal(new LocalDate(2024, 1, 31), source.Date);
        Assert.Equal(22, source.Files.Count);
        Assert.Equal("2022-04-city-of-london-street.csv", source.Files[0]);
        Assert.Equal("2024-01-city-of-london-street.csv", source.Files[^1]);
        Assert.StartsWith("April 2022 to January 2024", source.Coverage, StringComparison.Ordinal);
        var performance = CityOfLondonDataset.February2024.Performance!;
        Assert.Equal(new NodaTime.YearMonth(2024, 1), performance.ContextInUse.Max(c => c.Month));
        Assert.Equal(new NodaTime.YearMonth(2024, 3), performance.MonthlyContext.Max(c => c.Month));
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
