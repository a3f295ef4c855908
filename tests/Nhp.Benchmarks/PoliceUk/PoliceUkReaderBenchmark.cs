using System.Text;
using BenchmarkDotNet.Attributes;
using Nhp.PoliceUk;

namespace Nhp.Benchmarks.PoliceUk;

/// <summary>
/// The police.uk reader on one file of 1,000 to 1,000,000 rows in memory (rows shaped like data.police.uk's: a
/// 64-character crime ID, 12 columns, about 220 bytes), against the baseline of reading the same bytes and counting
/// their line ends. Time per row should be flat.
/// </summary>
[MemoryDiagnoser]
public class PoliceUkReaderBenchmark
{
    private static readonly string[] Types =
    [
        "Anti-social behaviour", "Bicycle theft", "Burglary", "Criminal damage and arson", "Drugs", "Other theft",
        "Possession of weapons", "Public order", "Robbery", "Shoplifting", "Theft from the person", "Vehicle crime",
        "Violence and sexual offences", "Other crime",
    ];

    private byte[] file = [];

    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240222);
        var text = new StringBuilder("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n");
        for (var i = 0; i < Rows; i++)
        {
            var type = Types[random.Next(Types.Length)];
            var id = type == Types[0] ? string.Empty : Convert.ToHexStringLower(BitConverter.GetBytes(random.NextInt64())) + new string('0', 48);
            text.Append(id).Append(",2023-").Append((1 + (i % 12)).ToString("00", System.Globalization.CultureInfo.InvariantCulture))
                .Append(",City of London Police,City of London Police,-0.091108,51.511529,On or near Cloak Lane,E01032739,City of London 001F,")
                .Append(type).Append(type == Types[0] ? "," : ",Investigation complete; no suspect identified,").Append('\n');
        }

        file = Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The floor: read the same bytes through a buffer and count the line ends.</summary>
    [Benchmark(Baseline = true)]
    public int ReadTheBytes()
    {
        using var stream = new MemoryStream(file, writable: false);
        var buffer = new byte[1 << 20];
        var lines = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        return lines;
    }

    [Benchmark]
    public int Count()
    {
        using var stream = new MemoryStream(file, writable: false);
        return PoliceUkCrimeReader.Read(stream, "2023-street.csv").GetValueOrThrow().Rows;
    }
}
