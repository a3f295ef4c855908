using Nhp.Datasets.CityOfLondon;
using Nhp.Engagement;
using NodaTime;

namespace Nhp.Domain.Tests.Engagement;

public sealed class PanelModelTest
{
    private static readonly PanelModel Model = CityOfLondonDataset.PanelModel2024;

    [Fact]
    public void Panel_years_run_twelve_months_from_the_first_month_of_the_model()
    {
        Assert.Null(Model.YearContaining(new LocalDate(2024, 10, 31)));
        Assert.Equal(new DateInterval(new LocalDate(2024, 11, 1), new LocalDate(2025, 10, 31)), Model.YearContaining(new LocalDate(2024, 11, 1)));
        Assert.Equal(new DateInterval(new LocalDate(2024, 11, 1), new LocalDate(2025, 10, 31)), Model.YearContaining(new LocalDate(2025, 10, 31)));
        Assert.Equal(new DateInterval(new LocalDate(2025, 11, 1), new LocalDate(2026, 10, 31)), Model.YearContaining(new LocalDate(2025, 11, 1)));
    }

    [Fact]
    public void With_two_meetings_a_year_the_year_splits_into_two_six_month_periods()
    {
        var year = Model.YearContaining(new LocalDate(2025, 1, 1))!;
        Assert.Equal(
            [
                new DateInterval(new LocalDate(2024, 11, 1), new LocalDate(2025, 4, 30)),
                new DateInterval(new LocalDate(2025, 5, 1), new LocalDate(2025, 10, 31)),
            ],
            Model.PeriodsOf(year));
    }
}
