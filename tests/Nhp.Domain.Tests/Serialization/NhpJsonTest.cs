using System.Text.Json;
using Nhp.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Nhp.Domain.Tests.Serialization;

/// <summary>The settings of <see cref="NhpJson"/> that are made from NodaTime.Serialization's building blocks.</summary>
public sealed class NhpJsonTest
{
    public static TheoryData<string> DurationTexts => ["0:00:00", "1:30:00", "-0:00:01", "26:03:04.5", "0:00:00.000000001", "1:2:3", "x", "1:60:00", ""];

    [Fact]
    public void Durations_are_written_as_NodaTime_Serialization_writes_them()
    {
        var reference = new JsonSerializerOptions { Converters = { NodaConverters.DurationConverter } };
        Duration[] durations = [Duration.Zero, Duration.FromMinutes(90), Duration.FromSeconds(-1), Duration.FromHours(26) + Duration.FromMilliseconds(500), Duration.FromNanoseconds(1), Duration.FromDays(3)];
        foreach (var duration in durations)
        {
            Assert.Equal(JsonSerializer.Serialize(duration, reference), JsonSerializer.Serialize(duration, NhpJson.TypeInfo<Duration>()));
        }

        // Written out by hand: hours, then minutes and seconds of two digits, fractions only when there are any.
        Assert.Equal("\"1:30:00\"", JsonSerializer.Serialize(Duration.FromMinutes(90), NhpJson.TypeInfo<Duration>()));
        Assert.Equal("\"72:00:00\"", JsonSerializer.Serialize(Duration.FromDays(3), NhpJson.TypeInfo<Duration>()));
    }

    [Theory]
    [MemberData(nameof(DurationTexts))]
    public void Durations_are_read_as_NodaTime_Serialization_reads_them(string text)
    {
        var reference = new JsonSerializerOptions { Converters = { NodaConverters.DurationConverter } };
        var json = JsonSerializer.Serialize(text);
        var expected = Read(() => JsonSerializer.Deserialize<Duration>(json, reference));
        var actual = Read(() => JsonSerializer.Deserialize(json, NhpJson.TypeInfo<Duration>()));
        Assert.Equal(expected, actual);
    }

    private static string Read(Func<Duration> read)
    {
        try
        {
            return read().ToString();
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return "refused: " + e.GetType().Name;
        }
    }
}
