using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Nhp.Datasets.Parts;
using Nhp.Findings;
using Nhp.Importing;
using Nhp.Serialization;

namespace Nhp.Datasets;

/// <summary>
/// A dataset as a folder of files: a manifest, <c>nhp-dataset.json</c> (<c>{ "format": "nhp-dataset", "version": 1,
/// "name": …, "force": …, "asOf": "2024-02-22", "sources": [ … ], "parts": { "delivery-plan": "plan.json", … } }</c>,
/// schema <c>docs/dataset.schema.json</c>), and one file per part in the part's own stored format (see
/// <see cref="Parts"/>). <see cref="Write"/> writes one and <see cref="Read(string)"/> reads it; writing then reading gives
/// a dataset that writes the same files. Thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Reading reports every problem as a located finding (<see cref="DatasetImportRules"/> for the folder, each part's
/// reader for its file): a part the manifest does not list, or whose file is missing or cannot be read, is null in the
/// dataset, and the reports that need it say the dataset has none. Only a folder or manifest that cannot be used at
/// all (missing, not JSON, another format or a newer version) is an <see cref="NhpInputException"/>.
/// </para>
/// <para>
/// A new kind of data is one new <see cref="DatasetPart"/> added to <see cref="Parts"/>; reading, writing,
/// <see cref="Check"/> and the manifest need no other change.
/// </para>
/// </remarks>
public static class DatasetFolder
{
    /// <summary>The manifest's file name.</summary>
    public const string ManifestFileName = "nhp-dataset.json";

    /// <summary>The value of <c>format</c> in a manifest.</summary>
    public const string Format = "nhp-dataset";

    /// <summary>The version this library writes, and the newest it reads.</summary>
    public const int Version = 1;

    private static readonly string[] Accepted =
        [$"{{ \"format\": \"{Format}\", \"version\": 1, \"name\": \"Anyshire Police, May 2025\", \"parts\": {{ \"delivery-plan\": \"plan.json\" }} }}"];

    private static readonly string[] Known = ["format", "version", "name", "force", "asOf", "sources", "parts"];

    /// <summary>
    /// Every part a dataset folder can hold, in the order the manifest lists them: <c>delivery-plan</c>
    /// (<c>plan.json</c>), <c>performance</c> (<c>performance.json</c>), <c>crime-data-integrity</c>
    /// (<c>crime-data-integrity.csv</c>), <c>engagement</c> (<c>engagement.json</c>), <c>engagement-metrics</c>
    /// (<c>engagement-metrics.json</c>, read into the engagement part).
    /// </summary>
    public static IReadOnlyList<DatasetPart> Parts { get; } =
    [
        new DeliveryPlanPart(),
        new PerformancePart(),
        new CrimeDataIntegrityPart(),
        new EngagementPart(),
        new EngagementMetricsPart(),
        new ProblemSolvingPart(),
        new FrameworkPart(),
        new PolicingModelPart(),
        new GovernancePart(),
        new RecommendationsPart(),
    ];

    /// <summary>
    /// Writes <paramref name="dataset"/> as a dataset folder: each part it has in its file, then the manifest. Each
    /// file is written whole to a temporary file and moved into place, the manifest last, so a failure leaves no
    /// half-written file. Other files in the folder are left alone.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="directory">The folder; created if missing.</param>
    /// <returns>The full paths of the files written, manifest first, then the parts in the order of <see cref="Parts"/>.</returns>
    /// <exception cref="IOException">A file could not be written.</exception>
    public static IReadOnlyList<string> Write(NhpDataset dataset, string directory)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var full = Path.GetFullPath(directory);
        Directory.CreateDirectory(full);
        var present = Parts.Where(p => p.IsIn(dataset)).ToArray();
        var files = present.Select(p => (Name: p.FileName, Text: p.Write(dataset))).Prepend((Name: ManifestFileName, Text: WriteManifest(dataset))).ToArray();
        var temporary = new List<string>();
        try
        {
            foreach (var (name, text) in files)
            {
                var temp = Path.Combine(full, "." + name + "." + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture) + ".tmp");
                temporary.Add(temp);
                File.WriteAllText(temp, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }

            // The parts first and the manifest last: a reader never sees a manifest naming a file not yet in place.
            for (var i = files.Length - 1; i >= 0; i--)
            {
                File.Move(temporary[i], Path.Combine(full, files[i].Name), overwrite: true);
            }
        }
        finally
        {
            foreach (var temp in temporary.Where(File.Exists))
            {
                File.Delete(temp);
            }
        }

        return [.. files.Select(f => Path.Combine(full, f.Name))];
    }

    /// <summary>The manifest of <paramref name="dataset"/> as written by <see cref="Write"/>.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The JSON text, ending with a line feed.</returns>
    public static string WriteManifest(NhpDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var manifest = new DatasetManifest
        {
            Format = Format,
            Version = Version,
            Name = dataset.Name,
            Force = dataset.Force,
            AsOf = dataset.AsOf,
            Sources = dataset.Sources,
            Parts = Parts.Where(p => p.IsIn(dataset)).ToDictionary(p => p.Id, p => p.FileName, StringComparer.Ordinal),
        };
        return NhpJson.Write(json => JsonSerializer.Serialize(json, manifest, NhpJson.Context.DatasetManifest));
    }

    /// <summary>
    /// Reads a dataset folder. See the type's remarks; every finding names its file and, where it can, its line.
    /// </summary>
    /// <param name="path">The folder, or the path of its manifest.</param>
    /// <returns>The dataset (none when the manifest could not be used) and the findings: the folder's first, then each part's.</returns>
    /// <exception cref="NhpInputException">
    /// The folder or its manifest does not exist, or the manifest is empty, not JSON, of another format or of a newer version.
    /// </exception>
    public static ImportResult<NhpDataset> Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string folder, manifestPath;
        if (Directory.Exists(path))
        {
            folder = path;
            manifestPath = Path.Combine(path, ManifestFileName);
        }
        else if (File.Exists(path))
        {
            manifestPath = path;
            folder = Path.GetDirectoryName(path) is { Length: > 0 } parent ? parent : ".";
        }
        else
        {
            throw new NhpInputException($"The dataset folder '{path}' does not exist.", new SourceLocation(path, null), null, [ManifestFileName]);
        }

        if (!File.Exists(manifestPath))
        {
            throw new NhpInputException(
                $"The folder '{path}' is not a dataset: it has no {ManifestFileName}. Write one with DatasetFolder.Write or 'nhp dataset export'.",
                new SourceLocation(manifestPath, null), null, Accepted);
        }

        var file = StoredJson.Parse(File.ReadAllBytes(manifestPath), manifestPath, "a dataset manifest", Accepted);
        if (!file.CheckFormat(Format, Version, "Nhp dataset manifests"))
        {
            throw new NhpInputException($"This is not a dataset manifest: it has no \"format\": \"{Format}\".", new SourceLocation(manifestPath, 1), "format", Accepted);
        }

        var findings = new List<Finding>();
        var subject = "dataset";
        foreach (var unknown in file.Properties.Where(p => !Known.Contains(p.Name, StringComparer.Ordinal)))
        {
            findings.Add(DatasetImportRules.PropertyUnknownRule.Finding(subject, unknown.Name,
                $"The manifest property \"{unknown.Name}\" is not part of the {Format} format; it was ignored. The format has {string.Join(", ", Known)}.",
                new SourceLocation(manifestPath, unknown.Line)));
        }

        var usable = true;
        T? One<T>(string name, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info, bool required)
        {
            if (file[name] is not { } property)
            {
                if (required)
                {
                    usable = false;
                    findings.Add(DatasetImportRules.ManifestInvalidRule.Finding(subject, name,
                        $"The manifest has no \"{name}\", which is required, so no dataset was read.", new SourceLocation(manifestPath, 1)));
                }

                return default;
            }

            var value = file.Read(property.Value, info, out var problem);
            if (problem is not null)
            {
                usable = false;
                findings.Add(DatasetImportRules.ManifestInvalidRule.Finding(subject, problem.Path,
                    $"The manifest could not be read at {problem.Path}: {problem.Message} No dataset was read.", new SourceLocation(manifestPath, problem.Line)));
            }

            return value;
        }

        var name = One("name", NhpJson.Context.String, required: true);
        var force = file["force"] is null ? null : One("force", NhpJson.Context.String, required: false);
        var asOf = file["asOf"] is null ? null : (NodaTime.LocalDate?)One("asOf", NhpJson.Context.LocalDate, required: false);
        IReadOnlyList<SourceDocument>? sources = file["sources"] is null ? [] : One("sources", NhpJson.Context.IReadOnlyListSourceDocument, required: false);
        var parts = One("parts", NhpJson.Context.DictionaryStringString, required: true);
        if (sources is not null && sources.Any(s => s is null))
        {
            usable = false;
            findings.Add(DatasetImportRules.ManifestInvalidRule.Finding(subject, "$.sources",
                "The manifest could not be read at $.sources: a source is null, but an object is required. No dataset was read.", new SourceLocation(manifestPath, file["sources"]!.Line)));
        }

        if (!usable || name is null || parts is null)
        {
            return new ImportResult<NhpDataset>(null, findings, manifestPath);
        }

        // A source without "files" reads as none (the generated deserializer leaves an absent init property null).
        var dataset = new NhpDataset { Name = name, Force = force, AsOf = asOf, Sources = [.. (sources ?? []).Select(s => s.Files is null ? s with { Files = [] } : s)] };
        var partsLine = new SourceLocation(manifestPath, file["parts"]!.Line);
        foreach (var id in parts.Keys.Where(id => Parts.All(p => !string.Equals(p.Id, id, StringComparison.Ordinal))))
        {
            findings.Add(DatasetImportRules.PartUnknownRule.Finding(subject, id,
                $"The manifest lists the part '{id}', which this version of Nhp does not read; its file was ignored. The parts are {string.Join(", ", Parts.Select(p => p.Id))}.", partsLine));
        }

        var partFindings = new List<Finding>();
        foreach (var part in Parts)
        {
            var needs = $"the {Reports(part)} {(part.ReportIds.Count == 1 ? "report says" : "reports say")} so";
            if (!parts.TryGetValue(part.Id, out var fileName))
            {
                findings.Add(DatasetImportRules.PartAbsentRule.Finding(subject, part.Id,
                    $"The dataset has no {part.Description} (the manifest lists no '{part.Id}' part), so {needs}.", partsLine));
                continue;
            }

            if (!IsPlainFileName(fileName))
            {
                findings.Add(DatasetImportRules.PartFileInvalidRule.Finding(subject, part.Id,
                    $"The '{part.Id}' part's file '{fileName}' is not a file name inside the dataset folder (such as {part.FileName}); the part was not read, so {needs}.", partsLine));
                continue;
            }

            var partPath = Path.Combine(folder, fileName);
            if (!File.Exists(partPath))
            {
                findings.Add(DatasetImportRules.PartFileMissingRule.Finding(subject, part.Id,
                    $"The manifest lists the '{part.Id}' part in '{fileName}', which is not in the folder; the dataset has no {part.Description}, so {needs}.", new SourceLocation(partPath, null)));
                continue;
            }

            try
            {
                using var reader = new StreamReader(partPath, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                var read = part.Read(dataset, reader, partPath);
                partFindings.AddRange(read.Findings);
                if (read.Value is { } with)
                {
                    dataset = with;
                }
            }
            catch (NhpInputException e)
            {
                partFindings.Add(DatasetImportRules.PartUnreadableRule.Finding(subject, part.Id,
                    $"{OneLine(e.Message)} The dataset has no {part.Description}, so {needs}.", e.Location ?? new SourceLocation(partPath, null)));
            }
        }

        return new ImportResult<NhpDataset>(dataset, [.. findings, .. partFindings], manifestPath);
    }

    /// <summary>
    /// Checks every part <paramref name="dataset"/> has with its area's default rules (the plan rules, the performance
    /// rules for each measure at the set's quarter, the crime data integrity rules, the engagement rules).
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The findings, part by part in the order of <see cref="Parts"/>.</returns>
    public static IReadOnlyList<Finding> Check(NhpDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return [.. Parts.Where(p => p.IsIn(dataset)).SelectMany(p => p.Check(dataset))];
    }

    private static string Reports(DatasetPart part) => part.ReportIds.Count switch
    {
        0 => "no",
        1 => part.ReportIds[0],
        _ => string.Join(", ", part.ReportIds.Take(part.ReportIds.Count - 1)) + " and " + part.ReportIds[^1],
    };

    private static bool IsPlainFileName(string name) =>
        name.Length > 0
        && name.IndexOfAny(['/', '\\', ':']) < 0
        && name is not ("." or "..")
        && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0;

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    /// <summary>The JSON Schema (draft 2020-12) of the manifest, generated from its type.</summary>
    /// <returns>The schema as indented JSON, ending with a line feed.</returns>
    internal static string Schema()
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
                if (type == typeof(NodaTime.LocalDate))
                {
                    return new JsonObject { ["type"] = "string", ["format"] = "date", ["description"] = "An ISO date, e.g. 2024-02-22." };
                }

                if (context.PropertyInfo is { Name: "format" } && context.TypeInfo.Type == typeof(string))
                {
                    return new JsonObject { ["type"] = "string", ["const"] = Format, ["description"] = "What the file is; readers refuse other formats." };
                }

                if (context.PropertyInfo is { Name: "version" })
                {
                    return new JsonObject { ["type"] = "integer", ["const"] = Version, ["description"] = "The version of the format; readers refuse versions newer than they know." };
                }

                if (context.PropertyInfo is { Name: "parts" })
                {
                    return new JsonObject
                    {
                        ["type"] = "object",
                        ["description"] = "Each part's id and the name of its file in the folder. Parts: " + string.Join("; ", Parts.Select(p => $"{p.Id} ({p.FileName}, {p.FormatName})")) + ".",
                        ["propertyNames"] = new JsonObject { ["enum"] = new JsonArray([.. Parts.Select(p => (JsonNode?)p.Id)]) },
                        ["additionalProperties"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[^/\\\\:]+$" },
                    };
                }

                return node;
            },
        };
        var schema = NhpJson.Context.DatasetManifest.GetJsonSchemaAsNode(exporter).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "Nhp dataset manifest",
            ["description"] = string.Create(CultureInfo.InvariantCulture, $"The manifest ({ManifestFileName}) of a dataset folder, format {Format} version {Version}: the dataset's name, force, as-of date and sources, and the file of each part it has."),
        };
        foreach (var (key, value) in schema.ToArray())
        {
            schema.Remove(key);
            root[key] = value;
        }

        root["additionalProperties"] = false;
        return NhpJson.Write(w => root.WriteTo(w));
    }
}
