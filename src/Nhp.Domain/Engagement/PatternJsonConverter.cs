using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;

namespace Nhp.Engagement;

/// <summary>
/// Reads a NodaTime value with the first of several patterns that fits and writes it with the first pattern that
/// formats it without loss; a value no pattern reads fails with a message that shows the accepted form.
/// </summary>
internal sealed class PatternJsonConverter<T>(string what, string example, params IPattern<T>[] patterns) : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : null;
        if (text is not null)
        {
            foreach (var pattern in patterns)
            {
                var result = pattern.Parse(text);
                if (result.Success)
                {
                    return YearOf(result.Value) is not { } year || Periods.SupportedYears.Contains(year)
                        ? result.Value
                        : throw new JsonException($"'{text}' is outside the {Periods.SupportedYears.Description}, the dates Nhp reads and writes.");
                }
            }
        }

        throw new JsonException($"'{text ?? reader.TokenType.ToString()}' is not {what}; write it as a string such as \"{example}\".");
    }

    private static int? YearOf(T value) => value switch
    {
        NodaTime.LocalDate date => date.Year,
        NodaTime.YearMonth month => month.Year,
        _ => null,
    };

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var pattern in patterns)
        {
            var text = pattern.Format(value);
            var back = pattern.Parse(text);
            if (back.Success && EqualityComparer<T>.Default.Equals(back.Value, value))
            {
                writer.WriteStringValue(text);
                return;
            }
        }

        writer.WriteStringValue(patterns[^1].Format(value));
    }
}
