using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using Nhp.Delivery;
using Nhp.Engagement;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace Nhp.Serialization;

/// <summary>
/// The one set of JSON settings for every format Nhp writes (stored delivery plans, engagement files, the
/// <c>nhp</c> command's <c>--json</c> output) and reads.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Property names are camelCase; a null property is not written.</item>
/// <item>Enums are kebab-case strings (<c>not-rated</c>, <c>in-person</c>, <c>city-wide-business</c>); reading also
/// accepts the camelCase and PascalCase names (<c>notRated</c>), so files written before the settings were one still
/// read. Numbers are never accepted for enums.</item>
/// <item>Dates are ISO <c>uuuu-MM-dd</c>, months <c>uuuu-MM</c>, times <c>HH:mm</c> (reading also <c>HH:mm:ss</c>),
/// durations <c>h:mm:ss</c>, financial quarters <c>Q4 2024/25</c>.</item>
/// <item>Reading skips comments and allows trailing commas; nesting deeper than <see cref="MaxDepth"/> is refused, and
/// so is an object naming the same property twice (neither value would be right to keep).
/// Unknown properties, missing required ones and nulls where a value is required are errors.</item>
/// <item>The encoder writes letters of every script as themselves (<c>–</c>, <c>é</c>, <c>£</c>), so files read as the
/// paper does, but keeps the HTML-sensitive characters <c>&lt; &gt; &amp; ' "</c> and control characters escaped, so the
/// output is safe to embed in a web page.</item>
/// <item>Output is indented by two spaces, with <c>\n</c> line ends on every platform.</item>
/// </list>
/// <para>
/// <see cref="Options"/> is read-only and backed by the source-generated <see cref="NhpJsonContext"/>, so it works with
/// trimming and native AOT: pass <see cref="TypeInfo{T}"/> (<c>NhpJson.TypeInfo&lt;DeliveryPlan&gt;()</c>) to
/// <see cref="JsonSerializer"/>, or combine <see cref="TypeInfoResolver"/> into options of your own.
/// </para>
/// </remarks>
public static class NhpJson
{
    /// <summary>The deepest nesting read or written.</summary>
    public const int MaxDepth = 64;

    static NhpJson()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            AllowDuplicateProperties = false,
            MaxDepth = MaxDepth,
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = Encoder,
        };
        options.Converters.Add(new PatternJsonConverter<LocalDate>("an ISO date", "2024-11-06", LocalDatePattern.Iso));
        options.Converters.Add(new PatternJsonConverter<LocalTime>("a 24-hour time", "13:00", LocalTimePattern.CreateWithInvariantCulture("HH:mm"), LocalTimePattern.ExtendedIso));
        options.Converters.Add(new PatternJsonConverter<YearMonth>("a month", "2024-11", YearMonthPattern.Iso));
        // The converter NodaConverters.DurationConverter is, made here: reading that property builds every converter
        // of NodaConverters, patterns and all, which cost start-up for the one this library uses.
        options.Converters.Add(new NodaPatternConverter<Duration>(DurationPattern.CreateWithInvariantCulture("-H:mm:ss.FFFFFFFFF")));
        options.Converters.Add(new FinancialQuarterJsonConverter());
        options.Converters.Add(new KebabEnumConverter<RagStatus>());
        options.Converters.Add(new KebabEnumConverter<MeetingKind>());
        options.Converters.Add(new KebabEnumConverter<MeetingFormat>());
        options.Converters.Add(new KebabEnumConverter<Remit>());
        options.Converters.Add(new KebabEnumConverter<ActionStatus>());
        options.Converters.Add(new KebabEnumConverter<Audience>());
        options.Converters.Add(new KebabEnumConverter<Organiser>());
        options.Converters.Add(new KebabEnumConverter<StrategyPriority>());
        options.Converters.Add(new KebabEnumConverter<ProblemSolving.ProblemSolvingMethod>());
        options.Converters.Add(new KebabEnumConverter<ProblemSolving.ProblemSolvingStage>());
        options.Converters.Add(new KebabEnumConverter<ProblemSolving.ProblemSolvingStatus>());
        options.Converters.Add(new KebabEnumConverter<Policing.UnitKind>());
        options.Converters.Add(new KebabEnumConverter<Metrics.MeasureUnit>());
        options.Converters.Add(new KebabEnumConverter<Metrics.DirectionOfGood>());
        options.Converters.Add(new KebabEnumConverter<Metrics.MeasureFrequency>());
        options.Converters.Add(new KebabEnumConverter<Metrics.Spc.SpcMethod>());
        options.Converters.Add(new Metrics.Storage.MeasureComparisonJsonConverter());
        options.Converters.Add(new KebabEnumConverter<Metrics.ChangeKind>());
        options.Converters.Add(new KebabEnumConverter<Committees.PaperPurpose>());
        options.Converters.Add(new KebabEnumConverter<Governance.Inspections.ActionKind>());
        options.Converters.Add(new KebabEnumConverter<Governance.Inspections.ActionScope>());
        options.Converters.Add(new KebabEnumConverter<Governance.References.ReferenceState>());
        options.Converters.Add(new KebabEnumConverter<Governance.Peel.AfiKind>());

        // Deliverable codes, targets and engagement dates carry their converters as attributes on the types.
        Context = new NhpJsonContext(options);
        options.MakeReadOnly();
        Options = options;
    }

    /// <summary>The serializer settings described above; read-only.</summary>
    public static JsonSerializerOptions Options { get; }

    /// <summary>The source-generated metadata of Nhp's stored types, bound to <see cref="Options"/>.</summary>
    internal static NhpJsonContext Context { get; }

    /// <summary>
    /// The source-generated metadata of Nhp's stored types (delivery plans, engagement data and their parts), for
    /// options of your own: <c>TypeInfoResolver = JsonTypeInfoResolver.Combine(NhpJson.TypeInfoResolver, MyContext.Default)</c>.
    /// </summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => Context;

    /// <summary>The encoder: every script's letters as themselves, HTML-sensitive and control characters escaped.</summary>
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>Settings for a <see cref="Utf8JsonWriter"/> that writes as <see cref="Options"/> does.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        MaxDepth = MaxDepth,
    };

    /// <summary>Settings for a <see cref="Utf8JsonReader"/> that reads as <see cref="Options"/> does.</summary>
    public static JsonReaderOptions ReaderOptions { get; } = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = MaxDepth,
    };

    /// <summary>The metadata of <typeparamref name="T"/> under <see cref="Options"/>, for AOT-safe serialization.</summary>
    /// <typeparam name="T">A type of <see cref="NhpJsonContext"/>.</typeparam>
    /// <returns>The metadata.</returns>
    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    /// <summary>The JSON Schema of an enum as <see cref="Options"/> writes it: a string, one of the kebab-case names.</summary>
    internal static System.Text.Json.Nodes.JsonObject EnumSchema(Type type) => new()
    {
        ["type"] = "string",
        ["enum"] = new System.Text.Json.Nodes.JsonArray([.. Enum.GetNames(type).Select(n => (System.Text.Json.Nodes.JsonNode?)JsonNamingPolicy.KebabCaseLower.ConvertName(n))]),
    };

    /// <summary>
    /// Writes JSON with a <see cref="Utf8JsonWriter"/> set up as <see cref="WriterOptions"/> and returns the text,
    /// ending with a line feed: how every <c>--json</c> output and stored file is produced.
    /// </summary>
    /// <param name="write">Writes one JSON value.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length) + "\n";
    }
}

/// <summary>
/// Source-generated serialization metadata for the types Nhp stores as JSON, public through
/// <see cref="NhpJson.TypeInfoResolver"/> and <see cref="NhpJson.TypeInfo{T}"/>.
/// </summary>
[JsonSerializable(typeof(DeliveryPlan))]
[JsonSerializable(typeof(EngagementData))]
[JsonSerializable(typeof(PlaceConfiguration))]
[JsonSerializable(typeof(PanelModel))]
[JsonSerializable(typeof(PanelMeeting))]
[JsonSerializable(typeof(EngagementEvent))]
[JsonSerializable(typeof(EngagementMetricValue))]
[JsonSerializable(typeof(ProblemSolving.ProblemSolvingRegister))]
[JsonSerializable(typeof(ProblemSolving.ProblemSolvingPlan))]
[JsonSerializable(typeof(Frameworks.FrameworkAssessments))]
[JsonSerializable(typeof(Frameworks.Framework))]
[JsonSerializable(typeof(Frameworks.RatingScale))]
[JsonSerializable(typeof(Frameworks.SelfAssessment))]
[JsonSerializable(typeof(Policing.PolicingModel))]
[JsonSerializable(typeof(Policing.PolicingUnit))]
[JsonSerializable(typeof(Policing.AccountablePost))]
[JsonSerializable(typeof(Policing.ActivityResult))]
[JsonSerializable(typeof(Policing.PeerReview))]
[JsonSerializable(typeof(EngagementMetrics))]
[JsonSerializable(typeof(Datasets.DatasetManifest))]
[JsonSerializable(typeof(IReadOnlyList<Datasets.SourceDocument>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
[JsonSerializable(typeof(Governance.GovernanceData))]
[JsonSerializable(typeof(Governance.Peel.PeelUpdate))]
[JsonSerializable(typeof(Governance.Peel.AreaForImprovement))]
[JsonSerializable(typeof(Governance.Workforce.DiversityProfile))]
[JsonSerializable(typeof(Governance.Workforce.ProfileCharacteristic))]
[JsonSerializable(typeof(DeliverableCode?))]
[JsonSerializable(typeof(Reviews.ReviewRecommendations))]
[JsonSerializable(typeof(Reviews.ReviewRecommendation))]
[JsonSerializable(typeof(Governance.PrintedFigure))]
[JsonSerializable(typeof(Governance.Inspections.PrintedActionSummary))]
[JsonSerializable(typeof(Frameworks.PillarProgress))]
[JsonSerializable(typeof(LocalDate))]
[JsonSerializable(typeof(LocalDate?))]
[JsonSerializable(typeof(Periods.FinancialQuarter))]
[JsonSerializable(typeof(List<Metrics.Storage.MeasureEntry>))]
[JsonSerializable(typeof(List<Metrics.Storage.PrintedChangeEntry>))]
[JsonSerializable(typeof(List<Metrics.Storage.MonthlyContextEntry>))]
[JsonSerializable(typeof(Committees.Storage.FrontSheetFile))]
[JsonSerializable(typeof(Committees.Storage.CommitteeEntry))]
[JsonSerializable(typeof(Committees.Storage.FundingEntry))]
[JsonSerializable(typeof(Committees.Storage.AppendixEntry))]
[JsonSerializable(typeof(Committees.ContactOfficer))]
[JsonSerializable(typeof(Committees.PaperPurpose))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class NhpJsonContext : JsonSerializerContext;
