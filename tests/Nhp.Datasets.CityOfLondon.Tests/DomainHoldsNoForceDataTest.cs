using System.Text;
using Nhp.Datasets;

namespace Nhp.Datasets.CityOfLondon.Tests;

/// <summary>The domain package is generic: no City of London name is compiled or embedded into Nhp.Domain.dll.</summary>
public sealed class DomainHoldsNoForceDataTest
{
    /// <summary>Every ward, cluster and venue of the dataset (so the list grows with the data), and the force's names.</summary>
    public static TheoryData<string> Names()
    {
        var engagement = CityOfLondonDataset.EngagementNovember2024;
        var names = CityOfLondonDataset.Wards.Select(w => w.Name)
            .Concat(CityOfLondonDataset.ClusterNames)
            .Concat(engagement.Places.Clusters.Select(c => c.Name))
            .Concat(engagement.Meetings.Select(m => m.Venue).OfType<string>())
            .Concat(["City of London", "CoLP"])
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.Ordinal);
        return [.. names];
    }

    private static readonly Lazy<byte[]> DomainBytes = new(() => File.ReadAllBytes(typeof(NhpDataset).Assembly.Location));

    [Fact]
    public void The_list_of_names_comes_from_the_dataset()
    {
        var names = Names().Select(row => row.Data).ToArray();
        Assert.Contains("Aldersgate", names);
        Assert.Contains("Barbican", names);
        Assert.Contains("Golden Lane Community Centre", names);
        Assert.True(names.Length >= 25 + 6 + 6, $"only {names.Length} names");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_domain_assembly_does_not_contain_the_name(string name)
    {
        var bytes = DomainBytes.Value;
        Assert.True(IndexOf(bytes, Encoding.UTF8.GetBytes(name)) < 0, $"Nhp.Domain.dll contains '{name}' as UTF-8 (metadata or an embedded resource).");
        Assert.True(IndexOf(bytes, Encoding.Unicode.GetBytes(name)) < 0, $"Nhp.Domain.dll contains '{name}' as UTF-16 (a string literal).");
    }

    [Fact]
    public void The_search_finds_a_name_that_is_there()
    {
        // The scan itself works: names this dataset's own assembly holds are found in it, in both encodings.
        var bytes = File.ReadAllBytes(typeof(CityOfLondonDataset).Assembly.Location);
        Assert.True(IndexOf(bytes, Encoding.Unicode.GetBytes("City of London")) >= 0);
        Assert.True(IndexOf(bytes, Encoding.UTF8.GetBytes("Aldersgate")) >= 0);
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
