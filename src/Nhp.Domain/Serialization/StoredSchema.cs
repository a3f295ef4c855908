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
}
