using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nhp.Serialization;

/// <summary>
/// Writes an enum value as its kebab-case name (<c>not-rated</c>) and reads it back, also accepting the name in any
/// case with or without hyphens (<c>notRated</c>, <c>NotRated</c>). Numbers are refused.
/// </summary>
internal sealed class KebabEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();
    private static readonly string[] Names = [.. Values.Select(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()))];

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (text is not null)
        {
            var plain = text.Replace("-", string.Empty, StringComparison.Ordinal);
            for (var i = 0; i < Values.Length; i++)
            {
                if (string.Equals(Names[i], text, StringComparison.Ordinal)
                    || string.Equals(Values[i].ToString(), plain, StringComparison.OrdinalIgnoreCase))
                {
                    return Values[i];
                }
            }
        }

        throw new JsonException($"'{text ?? reader.TokenType.ToString()}' is not one of {string.Join(", ", Names)}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var index = Array.IndexOf(Values, value);
        if (index < 0)
        {
            throw new JsonException($"{value} is not a named value of {typeof(TEnum).Name}.");
        }

        writer.WriteStringValue(Names[index]);
    }
}
