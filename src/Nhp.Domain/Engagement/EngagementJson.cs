using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
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

    /// <summary>
    /// The JSON Schema (draft 2020-12) of the file, generated from the same serialisation metadata the reader uses,
    /// with the text forms of dates, times, quarters and event dates spelled out. Published as
    /// <c>docs/engagement.schema.json</c>.
    /// </summary>
    internal static string Schema()
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                var type = context.TypeInfo.Type;
                var text = type == typeof(LocalDate) ? ("An ISO date.", @"^\d{4}-\d{2}-\d{2}$", "2024-11-06")
                    : type == typeof(LocalTime) ? ("A 24-hour local time.", @"^\d{2}:\d{2}(:\d{2})?$", "13:00")
                    : type == typeof(YearMonth) ? ("A month.", @"^\d{4}-\d{2}$", "2024-11")
                    : type == typeof(Duration) ? ("A length of time, hours:minutes:seconds.", @"^\d+:\d{2}:\d{2}$", "1:30:00")
                    : type == typeof(Periods.FinancialQuarter) ? ("A UK financial quarter.", @"^Q[1-4] \d{4}/\d{2}$", "Q4 2024/25")
                    : type == typeof(EngagementDate) ? ("An engagement date: a day, a range of days, a month or part of a month.", null, "25 November – 10 December 2024")
                    : ((string, string?, string)?)null;
                if (text is not { } t)
                {
                    return node;
                }

                var schema = new JsonObject { ["type"] = "string", ["description"] = t.Item1 };
                if (t.Item2 is not null)
                {
                    schema["pattern"] = t.Item2;
                }

                schema["examples"] = type == typeof(EngagementDate)
                    ? new JsonArray([.. EngagementDate.AcceptedForms.Select(f => (JsonNode)JsonValue.Create(f))])
                    : new JsonArray(JsonValue.Create(t.Item3));
                return schema;
            },
        };
        var schemaNode = Context.EngagementData.GetJsonSchemaAsNode(exporter);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "Nhp cluster panels and community engagement file",
        };
        foreach (var (key, value) in schemaNode.AsObject().ToArray())
        {
            schemaNode.AsObject().Remove(key);
            root[key] = value;
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
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
