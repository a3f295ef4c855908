using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Nhp.Findings;
using Nhp.Importing;
using Nhp.Serialization;
using NodaTime;

namespace Nhp.Delivery;

/// <summary>
/// The JSON storage format of a delivery plan: <c>{ "format": "nhp-delivery-plan", "version": 1, "plan": { … } }</c>,
/// written with <see cref="NhpJson.Options"/>: camelCase names, deliverable codes and targets as their text, as-of
/// months as ISO <c>uuuu-MM</c>, RAG statuses as kebab-case strings (<c>green</c>, <c>amber</c>, <c>red</c>,
/// <c>not-rated</c>). The JSON Schema is published as <c>docs/delivery-plan.schema.json</c>. Writing then reading
/// gives an equal plan. Thread-safe.
/// </summary>
/// <remarks>
/// Reading checks <c>format</c> and <c>version</c>: another format, or a version newer than <see cref="Version"/>,
/// is an <see cref="NhpInputException"/>; a file with no <c>format</c> (written by an earlier Nhp as
/// <c>{ "schemaVersion": 1, "plan": … }</c>) is read as version 1 with an info finding
/// (<see cref="PlanImportRules.FormatMissing"/>). A plan value that cannot be read gives a result with no value and
/// an error finding (<see cref="PlanImportRules.PlanInvalid"/>) naming the line and JSON path.
/// </remarks>
public static class PlanJson
{
    /// <summary>The value of <c>format</c> in a stored plan.</summary>
    public const string Format = "nhp-delivery-plan";

    /// <summary>The version this library writes, and the newest it reads.</summary>
    public const int Version = 1;

    private static readonly string[] Accepted = [$"{{ \"format\": \"{Format}\", \"version\": 1, \"plan\": {{ \"objectives\": [ … ] }} }}"];

    /// <summary>Writes the plan as indented JSON, ending with a line feed.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(DeliveryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return NhpJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteNumber("version", Version);
            json.WritePropertyName("plan");
            JsonSerializer.Serialize(json, plan, NhpJson.Context.DeliveryPlan);
            json.WriteEndObject();
        });
    }

    /// <summary>Writes the plan as indented UTF-8 JSON (no byte order mark) to a stream.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="stream">Where to write; left open.</param>
    public static void Write(DeliveryPlan plan, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(System.Text.Encoding.UTF8.GetBytes(Write(plan)));
    }

    /// <summary>Reads a stored plan from a file.</summary>
    /// <param name="path">The file; its name is the source of findings.</param>
    /// <param name="options">Import settings: <see cref="PlanImportOptions.Title"/> replaces the stored title; the others do not apply. Null for the defaults.</param>
    /// <returns>The plan (none when it could not be read) and the findings.</returns>
    /// <exception cref="NhpInputException">The file is empty, not JSON, of another format or of a newer version.</exception>
    public static ImportResult<DeliveryPlan> Read(string path, PlanImportOptions? options = null) =>
        Read(StoredJson.FileBytes(path), path, options);

    /// <summary>Reads a stored plan from UTF-8 JSON.</summary>
    /// <param name="stream">The JSON; read to the end, left open.</param>
    /// <param name="source">The input's name for findings; may be null.</param>
    /// <param name="options">Import settings (see <see cref="Read(string, PlanImportOptions?)"/>); null for the defaults.</param>
    /// <returns>The plan (none when it could not be read) and the findings.</returns>
    /// <exception cref="NhpInputException">The input is empty, not JSON, of another format or of a newer version.</exception>
    public static ImportResult<DeliveryPlan> Read(Stream stream, string? source = null, PlanImportOptions? options = null) =>
        Read(StoredJson.Bytes(stream, source), source, options);

    /// <summary>Reads a stored plan from JSON text.</summary>
    /// <param name="reader">The JSON text; read to the end.</param>
    /// <param name="source">The input's name for findings; may be null.</param>
    /// <param name="options">Import settings (see <see cref="Read(string, PlanImportOptions?)"/>); null for the defaults.</param>
    /// <returns>The plan (none when it could not be read) and the findings.</returns>
    /// <exception cref="NhpInputException">The input is empty, not JSON, of another format or of a newer version.</exception>
    public static ImportResult<DeliveryPlan> Read(TextReader reader, string? source = null, PlanImportOptions? options = null) =>
        Read(StoredJson.Bytes(reader, source), source, options);

    private static ImportResult<DeliveryPlan> Read(byte[] bytes, string? source, PlanImportOptions? options)
    {
        var file = StoredJson.Parse(bytes, source, "a delivery plan", Accepted);
        var findings = new List<Finding>();
        var subject = source ?? "plan";
        var known = new HashSet<string>(StringComparer.Ordinal) { "format", "version", "plan" };
        if (!file.CheckFormat(Format, Version, "Nhp delivery plans"))
        {
            if (file["plan"] is null)
            {
                throw new NhpInputException(
                    $"This is not a delivery plan: it has no \"format\": \"{Format}\" and no \"plan\".", new SourceLocation(source, 1), "format", Accepted);
            }

            if (file["schemaVersion"] is { } legacy)
            {
                known.Add("schemaVersion");
                var number = legacy.Token == JsonTokenType.Number ? file.Read(legacy.Value, NhpJson.Context.Int32, out _) : 0;
                if (number != 1)
                {
                    throw new NhpInputException(
                        "The plan has a schemaVersion other than 1; this version of Nhp reads version 1.", new SourceLocation(source, legacy.Line), "schemaVersion", Accepted);
                }
            }

            findings.Add(PlanImportRules.FormatMissingRule.Finding(subject, "format",
                $"The file has no \"format\" and \"version\", as plans stored by earlier versions of Nhp; it was read as version 1 of {Format}.", new SourceLocation(source, 1)));
        }

        foreach (var unknown in file.Properties.Where(p => !known.Contains(p.Name)))
        {
            findings.Add(PlanImportRules.PropertyUnknownRule.Finding(subject, unknown.Name,
                $"The property \"{unknown.Name}\" is not part of the {Format} format; it was ignored.", new SourceLocation(source, unknown.Line)));
        }

        if (file["plan"] is not { } property)
        {
            findings.Add(PlanImportRules.PlanInvalidRule.Finding(subject, "plan", "The file has no \"plan\", so no plan was imported.", new SourceLocation(source, 1)));
            return new ImportResult<DeliveryPlan>(null, findings, source);
        }

        var plan = file.Read(property.Value, NhpJson.Context.DeliveryPlan, out var problem);
        var nullAt = plan is null ? null : NullElement(plan);
        if (problem is not null || nullAt is not null || plan is null)
        {
            var (message, line, path) = problem is not null
                ? (problem.Message, problem.Line, problem.Path)
                : ("The value is null, but an object is required.", property.Line, nullAt ?? "$.plan");
            findings.Add(PlanImportRules.PlanInvalidRule.Finding(subject, path,
                $"The plan could not be read at {path}: {message} No plan was imported.", new SourceLocation(source, line)));
            return new ImportResult<DeliveryPlan>(null, findings, source);
        }

        if (options?.Title is { } title)
        {
            plan = plan with { Title = title };
        }

        return new ImportResult<DeliveryPlan>(plan, findings, source);
    }

    // System.Text.Json enforces nullability on properties but not on the elements of lists.
    private static string? NullElement(DeliveryPlan plan)
    {
        for (var i = 0; i < plan.Objectives.Count; i++)
        {
            var objective = plan.Objectives[i];
            if (objective is null)
            {
                return string.Create(CultureInfo.InvariantCulture, $"$.plan.objectives[{i}]");
            }

            if (objective.Deliverables is null)
            {
                return string.Create(CultureInfo.InvariantCulture, $"$.plan.objectives[{i}].deliverables");
            }

            for (var j = 0; j < objective.Deliverables.Count; j++)
            {
                var deliverable = objective.Deliverables[j];
                if (deliverable is null)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"$.plan.objectives[{i}].deliverables[{j}]");
                }

                if (deliverable.Updates is null)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"$.plan.objectives[{i}].deliverables[{j}].updates");
                }

                for (var k = 0; k < deliverable.Updates.Count; k++)
                {
                    if (deliverable.Updates[k] is null)
                    {
                        return string.Create(CultureInfo.InvariantCulture, $"$.plan.objectives[{i}].deliverables[{j}].updates[{k}]");
                    }
                }
            }
        }

        return null;
    }

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
                if (type.IsEnum)
                {
                    return NhpJson.EnumSchema(type);
                }

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
        var plan = NhpJson.Context.DeliveryPlan.GetJsonSchemaAsNode(exporter);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "Nhp delivery plan",
            ["description"] = string.Create(CultureInfo.InvariantCulture, $"A delivery plan stored by Nhp, format {Format} version {Version}: objectives, deliverables and their status updates."),
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["format"] = new JsonObject { ["type"] = "string", ["const"] = Format, ["description"] = "What the file is; readers refuse other formats." },
                ["version"] = new JsonObject { ["type"] = "integer", ["const"] = Version, ["description"] = "The version of the format; readers refuse versions newer than they know." },
                ["plan"] = plan,
            },
            ["required"] = new JsonArray("format", "version", "plan"),
            ["additionalProperties"] = false,
        };
        return NhpJson.Write(w => root.WriteTo(w));
    }
}
