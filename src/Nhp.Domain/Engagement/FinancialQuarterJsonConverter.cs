using System.Text.Json;
using System.Text.Json.Serialization;
using Nhp.Periods;

namespace Nhp.Engagement;

/// <summary>Writes a <see cref="FinancialQuarter"/> as <c>Q3 2024/25</c> and reads any form it parses.</summary>
internal sealed class FinancialQuarterJsonConverter : JsonConverter<FinancialQuarter>
{
    public override FinancialQuarter Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return FinancialQuarter.TryParse(text, out var quarter)
            ? quarter
            : throw new JsonException($"'{text ?? reader.TokenType.ToString()}' is not a financial quarter; write it as a string such as \"Q4 2024/25\".");
    }

    public override void Write(Utf8JsonWriter writer, FinancialQuarter value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
