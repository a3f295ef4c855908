using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Nhp.Findings;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace Nhp.Engagement;

/// <summary>
/// Reads and writes <see cref="EngagementData"/> as JSON: the file format of <c>nhp panels validate</c> and
/// <c>nhp panels render</c>.
/// </summary>
/// <remarks>
/// <para>
/// Property names are camelCase; enums are kebab-case strings (<c>in-person</c>, <c>city-wide-business</c>,
/// <c>police-authority</c>); dates and times are ISO (<c>2024-11-06</c>, <c>13:00</c> or <c>13:00:00</c>, months <c>2024-11</c>,
/// quarters <c>Q4 2024/25</c>, durations <c>1:30:00</c>); event dates are text in any form
/// <see cref="EngagementDate.Parse"/> accepts. Unknown properties, missing required ones and nulls where a value is
/// required are errors, so a typo is never silently ignored. Serialisation uses System.Text.Json source generation
/// (no reflection). Writing then reading gives equal values.
/// </para>
/// </remarks>
public static class EngagementJson
{
    private static readonly EngagementJsonContext Context = new(CreateOptions());

    /// <summary>Reads engagement data from JSON text.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="source">The file name, for error messages; may be null.</param>
    /// <returns>The data.</returns>
    /// <exception cref="NhpInputException">The JSON is malformed or does not match the format; the message gives the line and the property path.</exception>
    public static EngagementData Read(string json, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new NhpInputException("The file is empty; it should hold one JSON object with asOf, model, places, meetings and events.", new SourceLocation(source, null));
        }

        try
        {
            return JsonSerializer.Deserialize(json, Context.EngagementData)
                ?? throw new NhpInputException("The file holds null; it should hold one JSON object.", new SourceLocation(source, 1));
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? checked((int)l + 1) : (int?)null;
            var reason = e.Message;
            var cut = reason.IndexOf(" Path:", StringComparison.Ordinal);
            if (cut > 0)
            {
                reason = reason[..cut];
            }

            throw new NhpInputException(reason.TrimEnd(), new SourceLocation(source, line), e.Path);
        }
    }

    /// <summary>Writes engagement data as indented JSON with <c>\n</c> line ends, ending in a line feed.</summary>
    /// <param name="data">The data.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(EngagementData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return JsonSerializer.Serialize(data, Context.EngagementData) + "\n";
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            NewLine = "\n",
            IndentSize = 2,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Skip,
        };
        options.Converters.Add(new PatternJsonConverter<LocalDate>("an ISO date", "2024-11-06", LocalDatePattern.Iso));
        options.Converters.Add(new PatternJsonConverter<LocalTime>("a 24-hour time", "13:00", LocalTimePattern.CreateWithInvariantCulture("HH:mm"), LocalTimePattern.ExtendedIso));
        options.Converters.Add(new PatternJsonConverter<YearMonth>("a month", "2024-11", YearMonthPattern.Iso));
        options.Converters.Add(NodaConverters.DurationConverter);
        options.Converters.Add(new FinancialQuarterJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter<MeetingKind>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<MeetingFormat>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<Remit>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<ActionStatus>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<Audience>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<Organiser>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<StrategyPriority>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        return options;
    }
}

/// <summary>Source-generated serialisation metadata for <see cref="EngagementJson"/>.</summary>
[JsonSerializable(typeof(EngagementData))]
[JsonSerializable(typeof(EngagementEvent))]
internal sealed partial class EngagementJsonContext : JsonSerializerContext;
