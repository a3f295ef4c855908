using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using NodaTime;

namespace Nhp.Serialization;

/// <summary>
/// The JSON schema (draft 2020-12) of a stored format, made from the type its reader reads, with <c>format</c> and
/// <c>version</c> first and required; dates as ISO patterns and enums as their kebab-case names. What
/// <c>docs/*.schema.json</c> publish.
/// </summary>
internal static class StoredSchema
{
    public static string Write<T>(JsonTypeInfo<T> info, string format, int version, string title)
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
                if (type.IsEnum)
                {
                    return NhpJson.EnumSchema(type);
                }

                // A deliverable code has its own converter, so the exporter knows nothing of it, alone or in a list.
                var declared = context.PropertyInfo?.PropertyType;
                if (type == typeof(Delivery.DeliverableCode) || declared == typeof(Delivery.DeliverableCode) || declared == typeof(Delivery.DeliverableCode?))
                {
                    return CodeSchema();
                }

                if (declared is not null && typeof(IEnumerable<Delivery.DeliverableCode>).IsAssignableFrom(declared))
                {
                    return new JsonObject { ["type"] = "array", ["items"] = CodeSchema() };
                }

                return type == typeof(LocalDate)
                    ? new JsonObject { ["type"] = "string", ["description"] = "An ISO date.", ["pattern"] = @"^\d{4}-\d{2}-\d{2}$", ["examples"] = new JsonArray("2024-03-31") }
                    : node;
            },
        };
        var schemaNode = info.GetJsonSchemaAsNode(exporter).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = title,
        };
        foreach (var (key, value) in schemaNode.ToArray())
        {
            schemaNode.Remove(key);
            if (key == "properties" && value is JsonObject properties)
            {
                var withFormat = new JsonObject
                {
                    ["format"] = new JsonObject { ["type"] = "string", ["const"] = format, ["description"] = "What the file is; readers refuse other formats." },
                    ["version"] = new JsonObject { ["type"] = "integer", ["const"] = version, ["description"] = "The version of the format; readers refuse versions newer than they know." },
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

    private static JsonObject CodeSchema() => new()
    {
        ["type"] = "string",
        ["pattern"] = @"^(0|[1-9][0-9]{0,2})\.[1-9][0-9]{0,2}$",
        ["description"] = "A deliverable code: objective number, dot, deliverable number, e.g. 1.10.",
    };
}
