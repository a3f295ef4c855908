using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nhp.Metrics.Storage;

/// <summary>Writes a <see cref="MeasureComparison"/> as its text form (<c>since Q1 2023/24</c>) and reads it back.</summary>
internal sealed class MeasureComparisonJsonConverter : JsonConverter<MeasureComparison>
{
    public override MeasureComparison Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return MeasureComparison.TryParse(text, out var comparison)
            ? comparison
            : throw new JsonException($"'{text ?? reader.TokenType.ToString()}' is not a comparison; write one of: {string.Join(", ", MeasureComparison.AcceptedForms.Select(f => "\"" + f + "\""))}.");
    }

    public override void Write(Utf8JsonWriter writer, MeasureComparison value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.ToString());
    }
}
