using Nhp.Delivery;

namespace Nhp.Datasets.CityOfLondon.Tests.Delivery;

public sealed class StrategyObjectives2023Test
{
    [Fact]
    public void The_City_of_London_2023_strategy_has_its_four_objectives()
    {
        Assert.Equal([1, 2, 3, 4], CityOfLondonDataset.StrategyObjectives2023.Select(o => o.Number));
        Assert.Equal("Provide a flow of community intelligence on a range of issues", CityOfLondonDataset.StrategyObjectives2023[2].Title);
    }

    [Theory]
    [InlineData(3, "Provide a flovn of community intelligence on a range of issues", true)]
    [InlineData(4, "PROMOTE A CULTTURE OF TRUST AND CONFIDENCE", true)]
    [InlineData(3, "Provide a flow of community intelligence", false)]
    [InlineData(2, "Provide a flow of community intelligence on a range of issues", false)]
    [InlineData(5, "Anything", false)]
    public void A_title_matches_the_known_objective_of_its_number_only_when_nearly_the_same_letters(int number, string title, bool matches)
    {
        Assert.Equal(matches, StrategyObjectives.Match(CityOfLondonDataset.StrategyObjectives2023, number, title) is not null);
    }
}
