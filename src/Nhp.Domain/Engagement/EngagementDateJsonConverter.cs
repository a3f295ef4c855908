using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nhp.Engagement;

/// <summary>Writes an <see cref="EngagementDate"/> as its canonical text and reads any accepted form back.</summary>
internal sealed class EngagementDateJsonConverter : JsonConverter<EngagementDate>
{
    public override EngagementDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("An engagement date must be a string such as \"25 November – 10 December 2024\".");
        }

        var text = reader.GetString()!;
        return EngagementDate.ParseCore(text, assumedYear: null, out var error)
            ?? throw new JsonException(error + " Accepted forms: " + string.Join(", ", EngagementDate.AcceptedForms) + ".");
    }

    public override void Write(Utf8JsonWriter writer, EngagementDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.ToString());
    }
}
