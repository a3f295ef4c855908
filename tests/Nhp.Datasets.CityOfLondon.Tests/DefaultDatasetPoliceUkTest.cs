using Nhp.PoliceUk;

namespace Nhp.Datasets.CityOfLondon.Tests;

public class DefaultDatasetPoliceUkTest
{
    [Fact]
    public void The_embedded_monthly_group_counts_equal_a_fresh_count_of_the_24_police_uk_files()
    {
        var counts = PoliceUkCrimeReader.ReadPaths([Path.Combine(AppContext.BaseDirectory, "Data", "policeuk")]).GetValueOrThrow();
        var expected = counts.Series(CrimeTypeGroup.NeighbourhoodCrime).Concat(counts.Series(CrimeTypeGroup.Violence)).ToArray();
        Assert.Equal(48, expected.Length);
        Assert.Equal(expected, DefaultDataset.PoliceUkGroups());
        Assert.Equal(expected, CityOfLondonDataset.February2024.Performance!.MonthlyContext);
    }
}
