using System.Globalization;
using System.Text.Unicode;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using Nhp.Findings;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Nhp.Delivery;

/// <summary>
/// The JSON storage format of a delivery plan: <c>{ "schemaVersion": 1, "plan": { … } }</c>, camel-case names,
/// deliverable codes and targets as their text, as-of months as ISO <c>yyyy-MM</c>, RAG statuses as strings
/// (<c>green</c>, <c>amber</c>, <c>red</c>, <c>notRated</c>). The JSON Schema is published as
/// <c>docs/delivery-plan.schema.json</c>. Writing then reading gives an equal plan. Thread-safe.
/// </summary>
public static class PlanJson
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int SchemaVersion = 1;

    private static readonly PlanJsonContext Context = new(CreateOptions());

    /// <summary>Writes the plan as indented JSON, ending with a line feed.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(DeliveryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return JsonSerializer.Serialize(new PlanFile { SchemaVersion = SchemaVersion, Plan = plan }, Context.PlanFile) + "\n";
    }

    /// <summary>Writes the plan as indented UTF-8 JSON to a stream.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="stream">Where to write; left open.</param>
    public static void Write(DeliveryPlan plan, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = System.Text.Encoding.UTF8.GetBytes(Write(plan));
        stream.Write(bytes);
    }

    /// <summary>Reads a plan written by <see cref="Write(DeliveryPlan)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The input's name for messages; may be null.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="NhpInputException">
    /// The text is not JSON, not of this format, of another schema version, or a value is missing or of the wrong form;
    /// the message gives the line and the JSON path.
    /// </exception>
    public static DeliveryPlan Read(string json, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Trim().Length == 0)
        {
            throw new NhpInputException("The file is empty: expected a delivery plan in JSON.", new SourceLocation(source, null));
        }

        PlanFile? file;
        try
        {
            file = JsonSerializer.Deserialize(json, Context.PlanFile);
        }
        catch (JsonException error)
        {
            var line = error.LineNumber is { } l ? (int?)checked((int)l + 1) : null;
            var path = string.IsNullOrEmpty(error.Path) || error.Path == "$" ? string.Empty : $" at {error.Path}";
            throw new NhpInputException($"This is not a delivery plan in Nhp's JSON format{path}: {Plain(error.Message)}", new SourceLocation(source, line));
        }

        if (file is null)
        {
            throw new NhpInputException("The JSON is null: expected a delivery plan.", new SourceLocation(source, 1));
        }

        if (file.SchemaVersion != SchemaVersion)
        {
            throw new NhpInputException(
                string.Create(CultureInfo.InvariantCulture, $"The plan has schema version {file.SchemaVersion}; this version of Nhp reads version {SchemaVersion}."),
                new SourceLocation(source, null),
                "schemaVersion");
        }

        RefuseNullElements(file.Plan, source);
        return file.Plan;
    }

    // System.Text.Json enforces nullability on properties but not on the elements of lists.
    private static void RefuseNullElements(DeliveryPlan plan, string? source)
    {
        for (var i = 0; i < plan.Objectives.Count; i++)
        {
            var objective = plan.Objectives[i] ?? throw NullElement(source, $"$.plan.objectives[{i}]");
            for (var j = 0; j < objective.Deliverables.Count; j++)
            {
                var deliverable = objective.Deliverables[j] ?? throw NullElement(source, $"$.plan.objectives[{i}].deliverables[{j}]");
                for (var k = 0; k < deliverable.Updates.Count; k++)
                {
                    _ = deliverable.Updates[k] ?? throw NullElement(source, $"$.plan.objectives[{i}].deliverables[{j}].updates[{k}]");
                }
            }
        }
    }

    private static NhpInputException NullElement(string? source, string path) =>
        new(string.Create(CultureInfo.InvariantCulture, $"This is not a delivery plan in Nhp's JSON format at {path}: the value is null, but an object is required."), new SourceLocation(source, null));

    /// <summary>The JSON Schema (draft 2020-12) of the format, generated from the types.</summary>
    /// <returns>The schema as indented JSON, ending with a line feed.</returns>
    internal static string Schema()
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                var type = context.TypeInfo.Type;
                if (type == typeof(DeliverableCode))
                {
                    return new JsonObject
                    {
                        ["type"] = "string",
                        ["pattern"] = @"^(0|[1-9][0-9]{0,2})\.[1-9][0-9]{0,2}$",
                        ["description"] = "A deliverable code: objective number, dot, deliverable number, e.g. 1.10.",
                    };
                }

                if (type == typeof(Target))
                {
                    return new JsonObject
                    {
                        ["type"] = "string",
                        ["description"] = "The DATE column as written: 26/01/2024, February 2024, End 2024, Ongoing, Complete, Completed annually, TBC, optionally followed by a review suffix such as Review 2025. Any text is stored; validation reports forms it does not understand.",
                    };
                }

                if (type == typeof(YearMonth))
                {
                    return new JsonObject
                    {
                        ["type"] = "string",
                        ["pattern"] = "^[0-9]{4}-(0[1-9]|1[0-2])$",
                        ["description"] = "An ISO year and month, e.g. 2024-01.",
                    };
                }

                return node;
            },
        };
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(Context.PlanFile, exporter).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "Nhp delivery plan",
            ["description"] = string.Create(CultureInfo.InvariantCulture, $"A delivery plan stored by Nhp, schema version {SchemaVersion}: objectives, deliverables and their status updates."),
        };
        foreach (var (name, value) in schema.ToList())
        {
            schema.Remove(name);
            root[name] = value;
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static string Plain(string message)
    {
        // System.Text.Json appends its own position; ours is in the location.
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            IndentSize = 2,
            NewLine = "\n",

            // Letters of every script as themselves ("–", "é"), so the file reads as the paper does; HTML-sensitive characters stay escaped.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        options.Converters.Add(NodaConverters.YearMonthConverter);
        options.Converters.Add(new JsonStringEnumConverter<RagStatus>(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        return options;
    }
}

/// <summary>The root object of a stored plan.</summary>
internal sealed class PlanFile
{
    public required int SchemaVersion { get; init; }

    public required DeliveryPlan Plan { get; init; }
}

[JsonSerializable(typeof(PlanFile))]
internal sealed partial class PlanJsonContext : JsonSerializerContext;
