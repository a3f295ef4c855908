using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Nhp.Findings;
using Nhp.Serialization;

namespace Nhp.Engagement;

/// <summary>
/// The stored form of an <see cref="EngagementMetrics"/> (the strategy's engagement metrics, outcomes and what it
/// monitors without measuring), the <c>engagement-metrics.json</c> part of a dataset folder:
/// <c>{ "format": "nhp-engagement-metrics", "version": 1, "metrics": { "strategicPlan": [ … ], "outcomes": [ … ],
/// "monitoredNotMeasured": [ … ] } }</c>, schema <c>docs/engagement-metrics.schema.json</c>. Kept apart from the
/// engagement file, which does not carry them (<see cref="EngagementData.Metrics"/>).
/// </summary>
internal static class EngagementMetricsJson
{
    public const string Format = "nhp-engagement-metrics";

    public const int Version = 1;

    private static readonly string[] Accepted = [$"{{ \"format\": \"{Format}\", \"version\": 1, \"metrics\": {{ \"strategicPlan\": [ … ], \"outcomes\": [ … ] }} }}"];

    public static string Write(EngagementMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return NhpJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteNumber("version", Version);
            json.WritePropertyName("metrics");
            JsonSerializer.Serialize(json, metrics, NhpJson.Context.EngagementMetrics);
            json.WriteEndObject();
        });
    }

    /// <exception cref="NhpInputException">The text is not a stored set of engagement metrics, or a value in it cannot be read (located).</exception>
    public static EngagementMetrics Read(TextReader reader, string? source)
    {
        var file = StoredJson.Parse(StoredJson.Bytes(reader), source, "engagement metrics", Accepted);
        if (!file.CheckFormat(Format, Version, "Nhp engagement metrics"))
        {
            throw new NhpInputException($"This is not a set of engagement metrics: it has no \"format\": \"{Format}\".", new SourceLocation(source, 1), "format", Accepted);
        }

        if (file.Properties.FirstOrDefault(p => p.Name is not ("format" or "version" or "metrics")) is { } unknown)
        {
            throw new NhpInputException($"The property \"{unknown.Name}\" is not part of the {Format} format.", new SourceLocation(source, unknown.Line), unknown.Name, Accepted);
        }

        if (file["metrics"] is not { } property)
        {
            throw new NhpInputException("The file has no \"metrics\".", new SourceLocation(source, 1), "metrics", Accepted);
        }

        var metrics = file.Read(property.Value, NhpJson.Context.EngagementMetrics, out var problem);
        if (problem is not null || metrics is null)
        {
            throw new NhpInputException(
                $"The metrics could not be read at {problem?.Path ?? "$.metrics"}: {problem?.Message ?? "the value is null."}", new SourceLocation(source, problem?.Line ?? property.Line), problem?.Path, Accepted);
        }

        var nullAt = metrics.StrategicPlan.Any(m => m is null || m.Comparisons is null) ? "$.metrics.strategicPlan"
            : metrics.Outcomes.Any(o => o is null) ? "$.metrics.outcomes"
            : metrics.MonitoredNotMeasured.Any(m => m is null) ? "$.metrics.monitoredNotMeasured" : null;
        return nullAt is null
            ? metrics
            : throw new NhpInputException($"The metrics could not be read at {nullAt}: an item is null, but a value is required.", new SourceLocation(source, property.Line), nullAt, Accepted);
    }

    /// <summary>The JSON Schema (draft 2020-12) of the format, generated from the types.</summary>
    public static string Schema()
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
                return type.IsEnum ? NhpJson.EnumSchema(type) : node;
            },
        };
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "Nhp engagement metrics",
            ["description"] = string.Create(CultureInfo.InvariantCulture, $"A community engagement strategy's metrics (definitions), outcomes and what it monitors without measuring, stored by Nhp, format {Format} version {Version}."),
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["format"] = new JsonObject { ["type"] = "string", ["const"] = Format, ["description"] = "What the file is; readers refuse other formats." },
                ["version"] = new JsonObject { ["type"] = "integer", ["const"] = Version, ["description"] = "The version of the format; readers refuse versions newer than they know." },
                ["metrics"] = NhpJson.Context.EngagementMetrics.GetJsonSchemaAsNode(exporter),
            },
            ["required"] = new JsonArray("format", "version", "metrics"),
            ["additionalProperties"] = false,
        };
        return NhpJson.Write(w => root.WriteTo(w));
    }
}
