using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using Nhp.Findings;
using Nhp.Importing;
using Nhp.Metrics.Storage;
using Nhp.Periods;
using Nhp.PoliceUk;
using Nhp.Serialization;
using NodaTime;

namespace Nhp.Metrics;

/// <summary>
/// Reads and writes a <see cref="PerformanceSet"/> as JSON: the measures file of <c>nhp performance render</c>, so a
/// force can put its own measures through the performance report.
/// <c>{ "format": "nhp-performance", "version": 1, "title": …, "quarter": "Q3 2023/24", "measures": [ … ], "printedChanges": [ … ] }</c>.
/// </summary>
/// <remarks>
/// <para>
/// Each measure carries its definition (<c>id</c>, <c>name</c>, <c>unit</c>, <c>directionOfGood</c> required;
/// <c>subject</c>, <c>definition</c>, <c>countingRule</c>, <c>priority</c>, <c>dataSource</c>, <c>frequency</c>),
/// its target or benchmark (<c>target</c>, <c>benchmark</c>, <c>benchmarkText</c>, <c>targetText</c>,
/// <c>targetTolerance</c>), its comparisons in the text form of <see cref="MeasureComparison"/> (<c>comparisons</c>,
/// <c>trendComparison</c>, <c>trendTolerance</c>), its SPC method (<c>chartMethod</c>: <c>sd2</c>, <c>nhs</c>,
/// <c>anhoej</c>), its figures by quarter (<c>figures</c>: <c>quarter</c>, <c>value</c>, optional <c>asPrinted</c>,
/// <c>numerator</c>, <c>denominator</c>), figures quoted outside its table (<c>referenceFigures</c>), totals over several quarters quoted in the text
/// (<c>referenceTotals</c>: <c>from</c>, <c>to</c>, <c>value</c>, optional <c>asPrinted</c>) and its commentary
/// (<c>heading</c>, <c>text</c>). Written and read with <see cref="NhpJson.Options"/>: camelCase names, kebab-case
/// enums, quarters as <c>Q3 2023/24</c>, months as <c>2023-10</c>. Writing then reading gives an equal set.
/// </para>
/// <para>
/// Reading reports every problem it can as a located finding (<see cref="PerformanceImportRules"/>): a measure that
/// cannot be read, or that repeats an id, is left out with an error and the rest is read; a printed change that cannot
/// be read or names no measure of the file is left out with a warning; an unknown top-level property is a warning. A
/// missing or unreadable <c>title</c>, <c>quarter</c> or <c>measures</c> leaves no value. A file of another format or a
/// newer version, an empty file, or text that is not JSON is an <see cref="NhpInputException"/>.
/// </para>
/// </remarks>
public static class PerformanceJson
{
    /// <summary>The value of <c>format</c> in a performance measures file.</summary>
    public const string Format = "nhp-performance";

    /// <summary>The version this library writes, and the newest it reads.</summary>
    public const int Version = 1;

    private static readonly string[] Accepted = [$"{{ \"format\": \"{Format}\", \"version\": 1, \"title\": \"…\", \"quarter\": \"Q3 2023/24\", \"measures\": [ … ] }}"];

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal) { "format", "version", "title", "quarter", "contextCutOff", "measures", "printedChanges", "monthlyContext" };

    /// <summary>Reads a performance set from a file.</summary>
    /// <param name="path">The file; its name is the source of findings.</param>
    /// <returns>The set (none when it could not be built) and the findings.</returns>
    /// <exception cref="NhpInputException">The file is empty, not JSON, of another format or of a newer version.</exception>
    public static ImportResult<PerformanceSet> Read(string path) => Read(File.ReadAllBytes(path), path);

    /// <summary>Reads a performance set from UTF-8 JSON.</summary>
    /// <param name="stream">The JSON; read to the end, left open.</param>
    /// <param name="source">The input's name for findings; may be null.</param>
    /// <returns>The set (none when it could not be built) and the findings.</returns>
    /// <exception cref="NhpInputException">The input is empty, not JSON, of another format or of a newer version.</exception>
    public static ImportResult<PerformanceSet> Read(Stream stream, string? source = null) => Read(StoredJson.Bytes(stream), source);

    /// <summary>Reads a performance set from JSON text.</summary>
    /// <param name="reader">The JSON text; read to the end.</param>
    /// <param name="source">The input's name for findings; may be null.</param>
    /// <returns>The set (none when it could not be built) and the findings.</returns>
    /// <exception cref="NhpInputException">The input is empty, not JSON, of another format or of a newer version.</exception>
    public static ImportResult<PerformanceSet> Read(TextReader reader, string? source = null) => Read(StoredJson.Bytes(reader), source);

    /// <summary>Writes a performance set as indented JSON with <c>\n</c> line ends, ending in a line feed.</summary>
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
            json.WriteString("title", set.Title);
            json.WriteString("quarter", set.Quarter.ToString());
            if (set.ContextCutOff is { } cut)
            {
                json.WritePropertyName("contextCutOff");
                JsonSerializer.Serialize(json, cut, NhpJson.Context.LocalDate);
            }

            json.WritePropertyName("measures");
            JsonSerializer.Serialize(json, set.Measures.Select(Entry).ToList(), NhpJson.Context.ListMeasureEntry);
            json.WritePropertyName("printedChanges");
            JsonSerializer.Serialize(
                json,
                set.PrintedChanges.Select(p => new PrintedChangeEntry(p.MeasureId, p.Period, p.Text, p.PrintedPercent) { Comparison = p.Comparison, PrintedDifference = p.PrintedDifference }).ToList(),
                NhpJson.Context.ListPrintedChangeEntry);
            if (set.MonthlyContext.Count > 0)
            {
                json.WritePropertyName("monthlyContext");
                JsonSerializer.Serialize(json, set.MonthlyContext.Select(c => new MonthlyContextEntry(c.CrimeType, c.Month) { Count = c.Count }).ToList(), NhpJson.Context.ListMonthlyContextEntry);
            }

            json.WriteEndObject();
        });
    }

    private static MeasureEntry Entry(MeasureSeries series)
    {
        var m = series.Measure;
        static FigureEntry Figure(QuarterlyObservation o) => new(o.Period) { Value = o.Value, AsPrinted = o.AsPrinted, Numerator = o.Numerator, Denominator = o.Denominator };
        return new MeasureEntry(m.Id, m.Name, m.Unit, m.DirectionOfGood)
        {
            Subject = m.Subject,
            Definition = m.Definition,
            CountingRule = m.CountingRule,
            Frequency = m.Frequency,
            Priority = m.Priority,
            DataSource = m.DataSource,
            Target = m.Target,
            Benchmark = m.Benchmark,
            BenchmarkText = m.BenchmarkText,
            TargetText = m.TargetText,
            TargetTolerance = m.TargetTolerance,
            TrendTolerance = m.TrendTolerance,
            ChartMethod = m.ChartMethod,
            Comparisons = m.Comparisons,
            TrendComparison = m.TrendComparison == MeasureComparison.PreviousQuarter ? null : m.TrendComparison,
            DenominatorId = m.DenominatorId,
            Figures = [.. series.Observations.Select(Figure)],
            ReferenceFigures = [.. series.ReferenceFigures.Select(Figure)],
            ReferenceTotals = series.ReferenceTotals.Count == 0 ? null : [.. series.ReferenceTotals.Select(t => new TotalEntry(t.From, t.To, t.Value) { AsPrinted = t.AsPrinted })],
            Commentary = [.. series.Commentary.Select(c => new CommentaryEntry(c.Heading, c.Text))],
        };
    }

    private static MeasureSeries Series(MeasureEntry e)
    {
        var measure = new MeasureDefinition(
            e.Id, e.Name, e.Subject ?? e.Name, e.Definition ?? string.Empty, e.CountingRule ?? string.Empty, e.Unit, e.DirectionOfGood, e.Frequency ?? MeasureFrequency.Quarterly,
            e.Priority ?? string.Empty, e.DataSource ?? string.Empty, e.Target, e.Benchmark, e.BenchmarkText)
        {
            TargetText = e.TargetText,
            TargetTolerance = e.TargetTolerance,
            TrendTolerance = e.TrendTolerance,
            ChartMethod = e.ChartMethod ?? Spc.SpcMethod.Sd2,
            Comparisons = e.Comparisons ?? [],
            TrendComparison = e.TrendComparison ?? MeasureComparison.PreviousQuarter,
            DenominatorId = e.DenominatorId,
        };
        static QuarterlyObservation Observation(FigureEntry f) => new(f.Quarter, f.Value, f.AsPrinted, f.Numerator, f.Denominator);
        return new MeasureSeries(measure, (e.Figures ?? []).Select(Observation))
        {
            ReferenceFigures = [.. (e.ReferenceFigures ?? []).Select(Observation)],
            ReferenceTotals = [.. (e.ReferenceTotals ?? []).Select(t => new PeriodTotal(t.From, t.To, t.Value, t.AsPrinted))],
            Commentary = [.. (e.Commentary ?? []).Select(c => new MeasureCommentary(c.Heading, c.Text))],
        };
    }

    private static ImportResult<PerformanceSet> Read(byte[] bytes, string? source)
    {
        var file = StoredJson.Parse(bytes, source, "a performance measures file", Accepted);
        var findings = new List<Finding>();
        var subject = source ?? "performance";
        if (!file.CheckFormat(Format, Version, "Nhp performance measures files"))
        {
            if (file["measures"] is null && file["quarter"] is null)
            {
                throw new NhpInputException(
                    $"This is not a performance measures file: it has no \"format\": \"{Format}\" and neither quarter nor measures.", new SourceLocation(source, 1), "format", Accepted);
            }

            findings.Add(PerformanceImportRules.FormatMissingRule.Finding(subject, "format",
                $"The file has no \"format\" and \"version\"; it was read as version 1 of {Format}.", new SourceLocation(source, 1)));
        }

        foreach (var unknown in file.Properties.Where(p => !Known.Contains(p.Name)))
        {
            findings.Add(PerformanceImportRules.PropertyUnknownRule.Finding(subject, unknown.Name,
                $"The property \"{unknown.Name}\" is not part of the {Format} format; it was ignored.", new SourceLocation(source, unknown.Line)));
        }

        var usable = true;
        T? One<T>(string name, JsonTypeInfo<T> info, bool required)
        {
            if (file[name] is not { } property)
            {
                if (required)
                {
                    usable = false;
                    findings.Add(PerformanceImportRules.RequiredMissingRule.Finding(subject, name,
                        $"The file has no \"{name}\", which is required, so no measures were imported.", new SourceLocation(source, 1)));
                }

                return default;
            }

            var value = file.Read(property.Value, info, out var problem);
            if (problem is not null)
            {
                usable = false;
                findings.Add(PerformanceImportRules.ValueInvalidRule.Finding(subject, problem.Path,
                    $"The value at {problem.Path} could not be read: {problem.Message} No measures were imported.", new SourceLocation(source, problem.Line)));
            }

            return value;
        }

        IEnumerable<(T Value, StoredJson.Range Item)> Many<T>(string name, JsonTypeInfo<T> info, bool required, Action<string, int, string> invalid)
        {
            if (file[name] is not { } property)
            {
                if (required)
                {
                    usable = false;
                    findings.Add(PerformanceImportRules.RequiredMissingRule.Finding(subject, name,
                        $"The file has no \"{name}\", which is required, so no measures were imported.", new SourceLocation(source, 1)));
                }

                yield break;
            }

            if (property.Token != JsonTokenType.StartArray)
            {
                usable = false;
                findings.Add(PerformanceImportRules.ValueInvalidRule.Finding(subject, "$." + name,
                    $"\"{name}\" must be a list ([ … ]), so no measures were imported.", new SourceLocation(source, property.Line)));
                yield break;
            }

            foreach (var item in property.Items)
            {
                var value = file.Read(item, info, out var problem);
                if (problem is null && value is not null)
                {
                    yield return (value, item);
                }
                else
                {
                    invalid(problem?.Path ?? item.Path, problem?.Line ?? item.Line, problem?.Message ?? "the value is null.");
                }
            }
        }

        var title = One("title", NhpJson.Context.String, required: true);
        var quarter = One("quarter", NhpJson.Context.FinancialQuarter, required: true);
        var cutOff = One("contextCutOff", NhpJson.Context.NullableLocalDate, required: false);

        var measures = new List<MeasureSeries>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var entries = Many("measures", NhpJson.Context.MeasureEntry, required: true, (path, line, message) =>
            findings.Add(PerformanceImportRules.MeasureInvalidRule.Finding(subject, path,
                $"The measure at {path} could not be read ({message.TrimEnd('.')}); it was left out.", new SourceLocation(source, line)))).ToList();
        foreach (var (entry, item) in entries)
        {
            var at = new SourceLocation(source, item.Line);
            if (!ids.Add(entry.Id))
            {
                findings.Add(PerformanceImportRules.MeasureRepeatedRule.Finding(entry.Id, item.Path,
                    $"The measure at {item.Path} has the id '{entry.Id}' of an earlier measure; it was left out.", at));
                continue;
            }

            var problem = Problem(entry, entries.Select(e => e.Value.Id));
            if (problem is not null)
            {
                ids.Remove(entry.Id);
                findings.Add(PerformanceImportRules.MeasureInvalidRule.Finding(entry.Id, item.Path,
                    $"The measure '{entry.Id}' at {item.Path} {problem}; it was left out.", at));
                continue;
            }

            var series = Series(entry);
            measures.Add(series);
            if (quarter != default && series.Observations.All(o => o.Period != quarter || o.Value is null))
            {
                findings.Add(PerformanceImportRules.QuarterMissingRule.Finding(entry.Id, item.Path,
                    $"The measure '{entry.Id}' has no figure for {quarter}, the quarter the file reports on, so it gets no RAG or trend arrow.", at));
            }
        }

        var changes = new List<PrintedChange>();
        foreach (var (entry, item) in Many("printedChanges", NhpJson.Context.PrintedChangeEntry, required: false, (path, line, message) =>
            findings.Add(PerformanceImportRules.ChangeInvalidRule.Finding(subject, path,
                $"The printed change at {path} could not be read ({message.TrimEnd('.')}); it was left out.", new SourceLocation(source, line)))))
        {
            if (!ids.Contains(entry.MeasureId))
            {
                findings.Add(PerformanceImportRules.ChangeInvalidRule.Finding(entry.MeasureId, item.Path,
                    $"The printed change at {item.Path} names the measure '{entry.MeasureId}', which the file does not have; it was left out.", new SourceLocation(source, item.Line)));
                continue;
            }

            changes.Add(new PrintedChange(entry.MeasureId, entry.Quarter, entry.Text, entry.PrintedPercent) { Comparison = entry.Comparison ?? MeasureComparison.PreviousQuarter, PrintedDifference = entry.PrintedDifference });
        }

        var context = Many("monthlyContext", NhpJson.Context.MonthlyContextEntry, required: false, (path, line, message) =>
            findings.Add(PerformanceImportRules.ValueInvalidRule.Finding(subject, path,
                $"The month of context at {path} could not be read ({message.TrimEnd('.')}); it was left out.", new SourceLocation(source, line))))
            .Select(c => new MonthlyCrimeCount(c.Value.Month, c.Value.Series, c.Value.Count))
            .OrderBy(c => c.CrimeType, StringComparer.Ordinal).ThenBy(c => c.Month).ToList();

        var set = usable && title is not null
            ? new PerformanceSet(title, quarter, measures, changes) { ContextCutOff = cutOff, MonthlyContext = context }
            : null;
        return new ImportResult<PerformanceSet>(set, findings.OrderBy(f => f.Location?.Line ?? 0), source);
    }

    // What makes a measure unusable beyond its JSON form: an id that is not lower-case words, two figures for a
    // quarter, a denominator that names no measure of the file, a negative tolerance.
    private static string? Problem(MeasureEntry entry, IEnumerable<string> ids)
    {
        if (entry.Id.Length == 0 || !entry.Id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.'))
        {
            return "has an id that is not lower-case letters, digits, '-' and '.' (such as \"violent-crime\")";
        }

        if ((entry.Figures ?? []).GroupBy(f => f.Quarter).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return $"has two figures for {twice.Key}";
        }

        if (entry.DenominatorId is { } denominator && !ids.Contains(denominator, StringComparer.Ordinal))
        {
            return $"names '{denominator}' as its denominator, which is not a measure of the file";
        }

        if ((entry.ReferenceTotals ?? []).FirstOrDefault(t => t.To < t.From) is { } backwards)
        {
            return $"has a quoted total from {backwards.From} to {backwards.To}, which ends before it starts";
        }

        return entry.TargetTolerance < 0 || entry.TrendTolerance < 0 ? "has a negative tolerance" : null;
    }

    /// <summary>
    /// The JSON Schema (draft 2020-12) of the file, generated from the same serialisation metadata the reader uses.
    /// Published as <c>docs/performance-measures.schema.json</c>.
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

                var text = type == typeof(LocalDate) ? ("An ISO date.", @"^\d{4}-\d{2}-\d{2}$", (IReadOnlyList<string>)["2024-02-22"])
                    : type == typeof(YearMonth) ? ("A month.", @"^\d{4}-\d{2}$", ["2023-10"])
                    : type == typeof(FinancialQuarter) ? ("A UK financial quarter.", @"^Q[1-4] \d{4}/\d{2}$", ["Q3 2023/24"])
                    : type == typeof(MeasureComparison) ? ("A comparison: what a figure is compared with.", null, MeasureComparison.AcceptedForms)
                    : ((string, string?, IReadOnlyList<string>)?)null;
                if (text is not { } t)
                {
                    return node;
                }

                var schema = new JsonObject { ["type"] = "string", ["description"] = t.Item1 };
                if (t.Item2 is not null)
                {
                    schema["pattern"] = t.Item2;
                }

                schema["examples"] = new JsonArray([.. t.Item3.Select(f => (JsonNode)JsonValue.Create(f))]);
                return schema;
            },
        };

        JsonNode Items<T>(JsonTypeInfo<T> info) => info.GetJsonSchemaAsNode(exporter);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "Nhp performance measures file",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["format"] = new JsonObject { ["type"] = "string", ["const"] = Format, ["description"] = "What the file is; readers refuse other formats." },
                ["version"] = new JsonObject { ["type"] = "integer", ["const"] = Version, ["description"] = "The version of the format; readers refuse versions newer than they know." },
                ["title"] = new JsonObject { ["type"] = "string", ["description"] = "The paper's title." },
                ["quarter"] = Items(NhpJson.Context.FinancialQuarter),
                ["contextCutOff"] = Items(NhpJson.Context.LocalDate),
                ["measures"] = new JsonObject { ["type"] = "array", ["items"] = Items(NhpJson.Context.MeasureEntry) },
                ["printedChanges"] = new JsonObject { ["type"] = "array", ["items"] = Items(NhpJson.Context.PrintedChangeEntry) },
                ["monthlyContext"] = new JsonObject { ["type"] = "array", ["items"] = Items(NhpJson.Context.MonthlyContextEntry) },
            },
            ["required"] = new JsonArray("format", "version", "title", "quarter", "measures"),
            ["additionalProperties"] = false,
        };
        return NhpJson.Write(w => root.WriteTo(w));
    }
}
