using Nhp.Datasets.CityOfLondon;
using Nhp.Governance;
using Nhp.Governance.Workforce;
using Nhp.Reporting.Governance;
using Nhp.Testing;

namespace Nhp.Reporting.Tests.Governance;

public sealed class WorkforceReportTest
{
    private readonly WorkforceReport report = new();

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Csv)]
    public void The_4_14_profile_renders_as_printed(ReportFormat format) =>
        Snapshot.Verify(report.RenderToString(CityOfLondonDataset.February2024, format), format.FileExtension(), [format.FileExtension()]);

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Csv)]
    public void With_a_population_profile_the_report_compares_it(ReportFormat format) =>
        Snapshot.Verify(report.RenderToString(WithPopulation(), format), format.FileExtension(), [format.FileExtension()]);

    [Fact]
    public void The_4_14_figures_are_shown_with_the_not_stated_flagged()
    {
        var markdown = report.RenderToString(CityOfLondonDataset.February2024, ReportFormat.Markdown);

        Assert.Contains("| Gender | Female | 26% | — | 26.3% | *26% Female* |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Disability | 87.0% | Yes |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Ethnicity | 7.0% | No |", markdown, StringComparison.Ordinal);
        Assert.Contains("Reported under deliverable 4.14", markdown, StringComparison.Ordinal);
        Assert.Contains("No population profile is given", markdown, StringComparison.Ordinal);
        Assert.Contains(GovernanceRules.WorkforceNotStatedHigh, markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_comparison_table_gives_the_difference_in_points()
    {
        var markdown = report.RenderToString(WithPopulation(), ReportFormat.Markdown);

        // Ethnicity among those who stated it: 11 / (11 + 82) = 11.8% ethnic minority; the population's 30 / (30 + 70) = 30.0%:
        // 11.83 - 30.00 = -18.2 points.
        Assert.Contains("| Ethnicity | Ethnic Minority | 11.8% | 30.0% | \u221218.2 |", markdown, StringComparison.Ordinal);
        // Gender: 26 / 99 = 26.3% female against 51.0%: -24.7 points.
        Assert.Contains("| Gender | Female | 26.3% | 51.0% | \u221224.7 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_is_in_the_built_in_catalog() =>
        Assert.IsType<WorkforceReport>(ReportCatalog.Default.Find("workforce"));

    // A hand-made population profile (not census figures): shares chosen to make the differences easy to check.
    internal static Datasets.NhpDataset WithPopulation()
    {
        var dataset = CityOfLondonDataset.February2024;
        var population = new DiversityProfile
        {
            Title = "Test population (hand-made figures)",
            Source = "Made up for this test",
            Characteristics =
            [
                new ProfileCharacteristic { Name = "Gender", Categories = [new ProfileCategory { Label = "Female", Share = 51m }, new ProfileCategory { Label = "Male", Share = 49m }] },
                new ProfileCharacteristic { Name = "Ethnicity", Categories = [new ProfileCategory { Label = "Ethnic Minority", Share = 30m }, new ProfileCategory { Label = "White", Share = 70m }] },
                new ProfileCharacteristic { Name = "Age", Categories = [new ProfileCategory { Label = "Under 26", Count = 200 }, new ProfileCategory { Label = "26 and over", Count = 800 }] },
            ],
        };
        return dataset with { Governance = dataset.Governance! with { Workforce = dataset.Governance.Workforce! with { Population = population } } };
    }
}
