using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nhp.Delivery;

/// <summary>Writes a <see cref="DeliverableCode"/> as its text, <c>"1.10"</c>, and reads it back.</summary>
internal sealed class DeliverableCodeJsonConverter : JsonConverter<DeliverableCode>
{
    public override DeliverableCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return DeliverableCode.TryParse(text, out var code)
            ? code
            : throw new JsonException($"'{text ?? reader.TokenType.ToString()}' is not a deliverable code such as \"1.10\".");
    }

    public override void Write(Utf8JsonWriter writer, DeliverableCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}

/// <summary>Writes a <see cref="Target"/> as its original text and reads it back (the meaning is re-derived, so nothing can disagree).</summary>
internal sealed class TargetJsonConverter : JsonConverter<Target>
{
    public override Target Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? Target.Parse(reader.GetString())
            : throw new JsonException("A target must be a string, such as \"31/03/2024\" or \"Ongoing\".");

    public override void Write(Utf8JsonWriter writer, Target value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Text);
}
