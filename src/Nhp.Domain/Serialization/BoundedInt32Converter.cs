using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Nhp.Importing;

namespace Nhp.Serialization;

/// <summary>
/// Reads every whole number of a stored file (counts, numbers, versions) only up to
/// <see cref="ImportLimits.MaxCount"/> either side of zero, so that totals and products of a file's numbers
/// cannot overflow; writes them as they are.
/// </summary>
internal sealed class BoundedInt32Converter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var value))
        {
            throw new JsonException("The value is not a whole number, such as 2.");
        }

        return Math.Abs((long)value) <= ImportLimits.MaxCount
            ? value
            : throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"{value} is too large: whole numbers in a file are at most {ImportLimits.MaxCount:N0}."));
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }
}
