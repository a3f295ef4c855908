using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using Nhp.Findings;
using Nhp.Importing;
using Nhp.Serialization;
using NodaTime;

namespace Nhp.Engagement;

/// <summary>
/// Reads and writes <see cref="EngagementData"/> as JSON: the file format of <c>nhp panels validate</c> and
/// <c>nhp panels render</c>, <c>{ "format": "nhp-engagement", "version": 1, "asOf": …, "model": …, … }</c>.
/// </summary>
/// <remarks>
/// <para>
/// Written and read with <see cref="NhpJson.Options"/>: property names are camelCase; enums are kebab-case strings
/// (<c>in-person</c>, <c>city-wide-business</c>, <c>police-authority</c>); dates and times are ISO (<c>2024-11-06</c>,
/// <c>13:00</c> or <c>13:00:00</c>, months <c>2024-11</c>, quarters <c>Q4 2024/25</c>, durations <c>1:30:00</c>); event
/// dates are text in any form <see cref="EngagementDate.Parse(string)"/> accepts; comments and trailing commas are allowed.
/// Serialisation uses System.Text.Json source generation (no reflection). Writing then reading gives equal values.
/// </para>
/// <para>
/// Reading reports every problem it can as a finding (<see cref="EngagementImportRules"/>): a meeting, event or
/// metric value that cannot be read is left out with an error finding and the rest is read; an unknown top-level
/// property is a warning. A missing or unreadable <c>asOf</c>, <c>model</c>, <c>places</c> or <c>name</c> leaves no
/// value. A file of another format or a newer version, an empty file, or text that is not JSON is an
/// <see cref="NhpInputException"/>; a file without <c>format</c> (written by an earlier Nhp) is read as version 1.
/// </para>
/// </remarks>
public static class EngagementJson
{
    /// <summary>The value of <c>format</c> in an engagement file.</summary>
    public const string Format = "nhp-engagement";

    /// <summary>The version this library writes, and the newest it reads.</summary>
    public const int Version = 1;

    private static readonly string[] Accepted = [$"{{ \"format\": \"{Format}\", \"version\": 1, \"asOf\": \"2024-11-06\", \"model\": {{ … }}, \"places\": {{ … }}, \"meetings\": [ … ], \"events\": [ … ] }}"];

    /// <summary>Reads engagement data from a file.</summary>
    /// <param name="path">The file; its name is the source of findings.</param>
    /// <returns>The data (none when it could not be built) and the findings.</returns>
    /// <exception cref="NhpInputException">The file is empty, not JSON, of another format or of a newer version.</exception>
    public static ImportResult<EngagementData> Read(string path) => Read(StoredJson.FileBytes(path), path);

    /// <summary>Reads engagement data from UTF-8 JSON.</summary>
    /// <param name="stream">The JSON; read to the end, left open.</param>
    /// <param name="source">The input's name for findings; may be null.</param>
    /// <returns>The data (none when it could not be built) and the findings.</returns>
    /// <exception cref="NhpInputException">The input is empty, not JSON, of another format or of a newer version.</exception>
    public static ImportResult<EngagementData> Read(Stream stream, string? source = null) => Read(StoredJson.Bytes(stream, source), source);

    /// <summary>Reads engagement data from JSON text.</summary>
    /// <param name="reader">The JSON text; read to the end.</param>
    /// <param name="source">The input's name for findings; may be null.</param>
    /// <returns>The data (none when it could not be built) and the findings.</returns>
    /// <exception cref="NhpInputException">The input is empty, not JSON, of another format or of a newer version.</exception>
    public static ImportResult<EngagementData> Read(TextReader reader, string? source = null) => Read(StoredJson.Bytes(reader, source), source);

    /// <summary>Writes engagement data as indented JSON with <c>\n</c> line ends, ending in a line feed.</summary>
    /// <param name="data">The data.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(EngagementData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var body = JsonSerializer.SerializeToNode(data, NhpJson.Context.EngagementData)!.AsObject();
        return NhpJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteNumber("version", Version);
            foreach (var (name, value) in body)
            {
                json.WritePropertyName(name);
                if (value is null)
                {
                    json.WriteNullValue();
                }
                else
                {
                    value.WriteTo(json);
                }
            }

            json.WriteEndObject();
        });
    }

    private static ImportResult<EngagementData> Read(byte[] bytes, string? source)
    {
        var file = StoredJson.Parse(bytes, source, "an engagement file", Accepted);
        var findings = new List<Finding>();
        var subject = source ?? "engagement";
        if (!file.CheckFormat(Format, Version, "Nhp engagement files"))
        {
            if (file["asOf"] is null && file["model"] is null)
            {
                throw new NhpInputException(
                    $"This is not an engagement file: it has no \"format\": \"{Format}\" and neither asOf nor model.", new SourceLocation(source, 1), "format", Accepted);
            }

            findings.Add(EngagementImportRules.FormatMissingRule.Finding(subject, "format",
                $"The file has no \"format\" and \"version\", as files written by earlier versions of Nhp; it was read as version 1 of {Format}.", new SourceLocation(source, 1)));
        }

        var usable = true;
        T? One<T>(string name, JsonTypeInfo<T> info, bool required)
        {
            if (file[name] is not { } property)
            {
                if (required)
                {
                    usable = false;
                    findings.Add(EngagementImportRules.RequiredMissingRule.Finding(subject, name,
                        $"The file has no \"{name}\", which is required, so no engagement data was imported.", new SourceLocation(source, 1)));
                }

                return default;
            }

            var value = file.Read(property.Value, info, out var problem);
            if (problem is not null)
            {
                usable = false;
                findings.Add(EngagementImportRules.ValueInvalidRule.Finding(subject, problem.Path,
                    $"The value at {problem.Path} could not be read: {problem.Message} No engagement data was imported.", new SourceLocation(source, problem.Line)));
            }

            return value;
        }

        List<T> Many<T>(string name, JsonTypeInfo<T> info, string what)
        {
            var list = new List<T>();
            if (file[name] is not { } property)
            {
                return list;
            }

            if (property.Token != JsonTokenType.StartArray)
            {
                usable = false;
                findings.Add(EngagementImportRules.ValueInvalidRule.Finding(subject, "$." + name,
                    $"\"{name}\" must be a list ([ … ]), so no engagement data was imported.", new SourceLocation(source, property.Line)));
                return list;
            }

            foreach (var item in property.Items)
            {
                var value = file.Read(item, info, out var problem);
                if (problem is null && value is not null)
                {
                    list.Add(value);
                }
                else
                {
                    findings.Add(EngagementImportRules.ItemInvalidRule.Finding(subject, problem?.Path ?? item.Path,
                        $"The {what} at {item.Path} could not be read ({problem?.Path ?? item.Path}: {problem?.Message ?? "the value is null."}); it was left out.", new SourceLocation(source, problem?.Line ?? item.Line)));
                }
            }

            return list;
        }

        var known = new HashSet<string>(StringComparer.Ordinal) { "format", "version", "name", "asOf", "places", "model", "meetings", "events", "metricValues" };
        foreach (var unknown in file.Properties.Where(p => !known.Contains(p.Name)))
        {
            findings.Add(EngagementImportRules.PropertyUnknownRule.Finding(subject, unknown.Name,
                $"The property \"{unknown.Name}\" is not part of the {Format} format; it was ignored.", new SourceLocation(source, unknown.Line)));
        }

        var name = One("name", NhpJson.Context.String, required: false);
        var asOf = One("asOf", NhpJson.Context.LocalDate, required: true);
        var places = One("places", NhpJson.Context.PlaceConfiguration, required: false);
        var model = One("model", NhpJson.Context.PanelModel, required: true);
        var meetings = Many("meetings", NhpJson.Context.PanelMeeting, "meeting");
        var events = Many("events", NhpJson.Context.EngagementEvent, "event");
        var metricValues = Many("metricValues", NhpJson.Context.EngagementMetricValue, "metric value");
        var data = usable && model is not null
            ? new EngagementData { Name = name, AsOf = asOf, Places = places!, Model = model, Meetings = meetings, Events = events, MetricValues = metricValues }
            : null;
        return new ImportResult<EngagementData>(data, findings.OrderBy(f => f.Location?.Line ?? 0), source);
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
                if (type.IsEnum)
                {
                    return NhpJson.EnumSchema(type);
                }

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
        var schemaNode = NhpJson.Context.EngagementData.GetJsonSchemaAsNode(exporter).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "Nhp cluster panels and community engagement file",
        };
        foreach (var (key, value) in schemaNode.ToArray())
        {
            schemaNode.Remove(key);
            if (key == "properties" && value is JsonObject properties)
            {
                var withFormat = new JsonObject
                {
                    ["format"] = new JsonObject { ["type"] = "string", ["const"] = Format, ["description"] = "What the file is; readers refuse other formats." },
                    ["version"] = new JsonObject { ["type"] = "integer", ["const"] = Version, ["description"] = "The version of the format; readers refuse versions newer than they know." },
                };
                foreach (var (name, property) in properties.ToArray())
                {
                    properties.Remove(name);
                    withFormat[name] = property;
                }

                root[key] = withFormat;
            }
            else if (key == "required" && value is JsonArray required)
            {
                root[key] = new JsonArray([JsonValue.Create("format"), JsonValue.Create("version"), .. required.Select(r => r?.DeepClone())]);
            }
            else
            {
                root[key] = value;
            }
        }

        return NhpJson.Write(w => root.WriteTo(w));
    }
}
