using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Nhp.Findings;
using Nhp.Importing;
using Nhp.Serialization;

namespace Nhp.Metrics;

/// <summary>
/// The JSON storage format of a <see cref="PerformanceSet"/>, the <c>performance.json</c> part of a dataset folder:
/// <c>{ "format": "nhp-performance-set", "version": 1, "performance": { "title": …, "quarter": "Q3 2023/24",
/// "measures": [ … ], "printedChanges": [ … ], "monthlyContext": [ … ] } }</c>, written with <see cref="NhpJson.Options"/>
/// (camelCase names, kebab-case enums such as <c>percentage</c>, <c>period-on-period</c>, <c>sd2</c>, quarters as
/// <c>Q3 2023/24</c>, months as <c>2023-10</c>, figures as JSON numbers written with the digits they were given). The
/// JSON Schema is <c>docs/performance-set.schema.json</c>. Writing then reading gives a set that writes the same text.
/// Thread-safe.
/// </summary>
/// <remarks>
/// This is the stored form of a whole set, measures and figures together, as a dataset keeps it. Reading checks
/// <c>format</c> and <c>version</c> like every stored format: another format, a newer version, an empty file or text
/// that is not JSON is an <see cref="NhpInputException"/>; a file without <c>format</c> is read as version 1 with an
/// info finding (<see cref="PerformanceSetImportRules.FormatMissing"/>). A set that cannot be read (a missing or wrong
/// value, two figures for one quarter) gives a result with no value and an error finding
/// (<see cref="PerformanceSetImportRules.SetInvalid"/>) naming the line and JSON path.
/// </remarks>
public static class PerformanceSetJson
{
    /// <summary>The value of <c>format</c> in a stored performance set.</summary>
    public const string Format = "nhp-performance-set";

    /// <summary>The version this library writes, and the newest it reads.</summary>
    public const int Version = 1;

    private static readonly string[] Accepted = [$"{{ \"format\": \"{Format}\", \"version\": 1, \"performance\": {{ \"title\": …, \"quarter\": \"Q3 2023/24\", \"measures\": [ … ] }} }}"];

    /// <summary>Writes the set as indented JSON, ending with a line feed.</summary>
    /// <param name="set">The set.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(PerformanceSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return NhpJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteNumber("version", Version);
            json.WritePropertyName("performance");
            JsonSerializer.Serialize(json, StoredPerformanceSet.From(set), NhpJson.Context.StoredPerformanceSet);
            json.WriteEndObject();
        });
    }

    /// <summary>Reads a stored set from a file.</summary>
    /// <param name="path">The file; its name is the source of findings.</param>
    /// <returns>The set (none when it could not be read) and the findings.</returns>
    /// <exception cref="NhpInputException">The file is empty, not JSON, of another format or of a newer version.</exception>
    public static ImportResult<PerformanceSet> Read(string path) => Read(File.ReadAllBytes(path), path);

    /// <summary>Reads a stored set from UTF-8 JSON.</summary>
    /// <param name="stream">The JSON; read to the end, left open.</param>
    /// <param name="source">The input's name for findings; may be null.</param>
    /// <returns>The set (none when it could not be read) and the findings.</returns>
    /// <exception cref="NhpInputException">The input is empty, not JSON, of another format or of a newer version.</exception>
    public static ImportResult<PerformanceSet> Read(Stream stream, string? source = null) => Read(StoredJson.Bytes(stream), source);

    /// <summary>Reads a stored set from JSON text.</summary>
    /// <param name="reader">The JSON text; read to the end.</param>
    /// <param name="source">The input's name for findings; may be null.</param>
    /// <returns>The set (none when it could not be read) and the findings.</returns>
    /// <exception cref="NhpInputException">The input is empty, not JSON, of another format or of a newer version.</exception>
    public static ImportResult<PerformanceSet> Read(TextReader reader, string? source = null) => Read(StoredJson.Bytes(reader), source);

    private static ImportResult<PerformanceSet> Read(byte[] bytes, string? source)
    {
        var file = StoredJson.Parse(bytes, source, "a performance set", Accepted);
        var findings = new List<Finding>();
        var subject = source ?? "performance";
        if (!file.CheckFormat(Format, Version, "Nhp performance sets"))
        {
            if (file["performance"] is null)
            {
                throw new NhpInputException(
                    $"This is not a performance set: it has no \"format\": \"{Format}\" and no \"performance\".", new SourceLocation(source, 1), "format", Accepted);
            }

            findings.Add(PerformanceSetImportRules.FormatMissingRule.Finding(subject, "format",
                $"The file has no \"format\" and \"version\"; it was read as version 1 of {Format}.", new SourceLocation(source, 1)));
        }

        foreach (var unknown in file.Properties.Where(p => p.Name is not ("format" or "version" or "performance")))
        {
            findings.Add(PerformanceSetImportRules.PropertyUnknownRule.Finding(subject, unknown.Name,
                $"The property \"{unknown.Name}\" is not part of the {Format} format; it was ignored.", new SourceLocation(source, unknown.Line)));
        }

        if (file["performance"] is not { } property)
        {
            findings.Add(PerformanceSetImportRules.SetInvalidRule.Finding(subject, "performance", "The file has no \"performance\", so no performance set was imported.", new SourceLocation(source, 1)));
            return new ImportResult<PerformanceSet>(null, findings, source);
        }

        var stored = file.Read(property.Value, NhpJson.Context.StoredPerformanceSet, out var problem);
        PerformanceSet? set = null;
        if (problem is null && stored is not null)
        {
            var nullAt = NullElement(stored);
            try
            {
                set = nullAt is null ? stored.ToSet() : null;
                problem = nullAt is null ? null : new StoredJson.Problem("The value is null, but an object is required.", property.Line, nullAt);
            }
            catch (ArgumentException e)
            {
                problem = new StoredJson.Problem(e.Message, property.Line, "$.performance.measures");
            }
        }

        if (set is null)
        {
            var (message, line, path) = problem is not null ? (problem.Message, problem.Line, problem.Path) : ("The value is null, but an object is required.", property.Line, "$.performance");
            findings.Add(PerformanceSetImportRules.SetInvalidRule.Finding(subject, path,
                $"The performance set could not be read at {path}: {message} No performance set was imported.", new SourceLocation(source, line)));
            return new ImportResult<PerformanceSet>(null, findings, source);
        }

        return new ImportResult<PerformanceSet>(set, findings, source);
    }

    // System.Text.Json enforces nullability on properties but not on the elements of lists.
    private static string? NullElement(StoredPerformanceSet set)
    {
        static string At(string path, int i) => string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
        for (var i = 0; i < set.Measures.Count; i++)
        {
            var series = set.Measures[i];
            var path = At("$.performance.measures", i);
            if (series is null)
            {
                return path;
            }

            foreach (var (list, name) in new[] { (series.Observations, "observations"), (series.ReferenceFigures, "referenceFigures") })
            {
                var index = list.ToList().FindIndex(o => o is null);
                if (index >= 0)
                {
                    return At($"{path}.{name}", index);
                }
            }

            var commentary = series.Commentary.ToList().FindIndex(c => c is null);
            if (commentary >= 0)
            {
                return At(path + ".commentary", commentary);
            }
        }

        var change = set.PrintedChanges.ToList().FindIndex(c => c is null);
        if (change >= 0)
        {
            return At("$.performance.printedChanges", change);
        }

        var month = set.MonthlyContext.ToList().FindIndex(c => c is null);
        return month >= 0 ? At("$.performance.monthlyContext", month) : null;
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
                var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
                if (type.IsEnum)
                {
                    return NhpJson.EnumSchema(type);
                }

                if (type == typeof(Periods.FinancialQuarter))
                {
                    return new JsonObject
                    {
                        ["type"] = "string",
                        ["description"] = "A UK financial quarter, e.g. Q3 2023/24 (1 October to 31 December 2023).",
                    };
                }

                if (type == typeof(NodaTime.YearMonth))
                {
                    return new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{4}-(0[1-9]|1[0-2])$", ["description"] = "An ISO year and month, e.g. 2023-10." };
                }

                if (type == typeof(NodaTime.LocalDate))
                {
                    return new JsonObject { ["type"] = "string", ["format"] = "date", ["description"] = "An ISO date, e.g. 2024-02-22." };
                }

                return node;
            },
        };
        var performance = NhpJson.Context.StoredPerformanceSet.GetJsonSchemaAsNode(exporter);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "Nhp performance set",
            ["description"] = string.Create(CultureInfo.InvariantCulture, $"The performance measures of one quarter stored by Nhp, format {Format} version {Version}: each measure's definition and figures, the changes the paper printed, and monthly public-data context."),
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["format"] = new JsonObject { ["type"] = "string", ["const"] = Format, ["description"] = "What the file is; readers refuse other formats." },
                ["version"] = new JsonObject { ["type"] = "integer", ["const"] = Version, ["description"] = "The version of the format; readers refuse versions newer than they know." },
                ["performance"] = performance,
            },
            ["required"] = new JsonArray("format", "version", "performance"),
            ["additionalProperties"] = false,
        };
        return NhpJson.Write(w => root.WriteTo(w));
    }
}
