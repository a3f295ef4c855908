using System.Text;

namespace Nhp.Datasets.ThamesValley.Tests;

/// <summary>The domain package is generic: no Thames Valley name is compiled or embedded into Nhp.Domain.dll.</summary>
public sealed class DomainHoldsNoForceDataTest
{
    // The force and the places its report names (not "Reading" or "Oxford", which are also ordinary words and parts of words).
    public static TheoryData<string> Names() => ["Thames Valley", "Milton Keynes", "Oxfordshire", "Buckinghamshire", "Berkshire"];

    private static readonly Lazy<byte[]> DomainBytes = new(() => File.ReadAllBytes(typeof(NhpDataset).Assembly.Location));

    [Theory]
    [MemberData(nameof(Names))]
    public void The_domain_assembly_does_not_contain_the_name(string name)
    {
        var bytes = DomainBytes.Value;
        Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(name)) < 0, $"Nhp.Domain.dll contains '{name}' as UTF-8 (metadata or an embedded resource).");
        Assert.True(bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(name)) < 0, $"Nhp.Domain.dll contains '{name}' as UTF-16 (a string literal).");
    }

    [Fact]
    public void The_search_finds_a_name_that_is_there()
    {
        // The scan itself works: the names are in this dataset's own assembly (its constant and embedded files).
        var bytes = File.ReadAllBytes(typeof(ThamesValleyDataset).Assembly.Location);
        Assert.True(bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes("Thames Valley")) >= 0);
        Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("Milton Keynes")) >= 0);
    }
}
