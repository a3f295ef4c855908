using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Nhp.Engagement;
using Nhp.Findings;
using NodaTime;
using NodaTime.Text;

namespace Nhp.Datasets.CityOfLondon;

/// <summary>
/// Builds the City of London engagement data of November 2024 from the tables embedded verbatim from the paper
/// "Community Engagement Quarterly Update &amp; Measures of the Strategic Plan" (SPPC, 26 November 2024).
/// </summary>
internal static partial class CityOfLondonEngagement
{
    public const string MeetingsResource = "engagement-2024-11-cluster-panels.tsv";
    public const string EventsResource = "engagement-2024-11-events.tsv";
    public const string WardsResource = "city-of-london-wards.csv";

    // Date, cluster panel, location, format, time; and number, date, name, audiences.
    private const int MeetingFields = 5;
    private const int EventFields = 4;

    /// <summary>The date of the paper: the data is correct at this date.</summary>
    public static readonly LocalDate PaperDate = new(2024, 11, 26);

    /// <summary>The six clusters, as the papers name them (seed footnote: "Barbican, Bank, Fleet Street, Liverpool St, Fenchurch St, Monument").</summary>
    public static readonly IReadOnlyList<string> ClusterNames = ["Bank", "Barbican", "Fleet Street", "Fenchurch Street", "Liverpool Street", "Monument"];

    // The shortened names the meeting table prints, mapped to the cluster names.
    private static readonly Dictionary<string, string> ClusterAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Fleet"] = "Fleet Street",
        ["Fenchurch"] = "Fenchurch Street",
        ["Fenchurch St"] = "Fenchurch Street",
        ["Liverpool St"] = "Liverpool Street",
    };

    private static readonly LocalDatePattern TableDate = LocalDatePattern.CreateWithInvariantCulture("dd/MM/yy")
        .WithTemplateValue(new LocalDate(2000, 1, 1));

    private static readonly LocalTimePattern TableTime = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <summary>
    /// The City of London Police model launched in November 2024: six clusters, two meetings each a year, the
    /// Corporation (Environment, and Community &amp; Children's Services) invited to all and committed to six, two
    /// City-wide business meetings a year from 2025, the pilot ending in December 2025.
    /// </summary>
    public static PanelModel Model2024 { get; } = new()
    {
        FirstYearStarts = new YearMonth(2024, 11),
        MeetingsPerClusterPerYear = 2,
        CorporationMeetingsPerYear = 6,
        CorporationName = "The City of London Corporation",
        CorporationDepartments = ["Environment", "Community & Children's Services"],
        CityWideBusinessMeetingsPerYear = 2,
        CityWideBusinessMeetingsFrom = 2025,
        PilotEnds = new YearMonth(2025, 12),
    };

    /// <summary>The Community Engagement Strategic Plan's metrics a–j and outcomes a–d, and what it monitors (paragraphs 7 and 11 of the paper).</summary>
    public static EngagementMetrics StrategicPlanMetrics { get; } = new()
    {
        StrategicPlan = MeasureCatalogue.EngagementMetrics,
        Outcomes = MeasureCatalogue.EngagementOutcomes,
        MonitoredNotMeasured =
        [
            "Number of attendees at Cluster Panel meetings",
            "Topics raised by attendees (and whether they fall into City of London Police or City of London Corporation remit)",
        ],
    };

    public static EngagementData Build() => new()
    {
        Name = CityOfLondonDataset.Force + ", November 2024",
        AsOf = PaperDate,
        Places = new PlaceConfiguration
        {
            Wards = Wards(),
            Sectors = ["East", "West"],
            Clusters = ClusterNames.Select(name => new Cluster { Name = name }).ToArray(),
            MappingNote = "No public source maps the City's wards to the police clusters, or the clusters to the East and West sectors, so neither is configured here. Supply the mapping in your own file to have it checked against the 25 wards.",
        },
        Model = Model2024,
        Metrics = StrategicPlanMetrics,
        Meetings = Meetings(),
        Events = Events(),
    };

    public static IReadOnlyList<Ward> Wards()
    {
        return EmbeddedResources.Rows(WardsResource, ',', 3)
            .Skip(1)
            .Select(r => new Ward
            {
                Name = r.Fields[0],
                CommonCouncillors = int.Parse(r.Fields[1], NumberStyles.None, CultureInfo.InvariantCulture),
                Residential = r.Fields[2] == "yes",
            })
            .ToArray();
    }

    public static IReadOnlyList<PanelMeeting> Meetings()
    {
        var meetings = new List<PanelMeeting>();
        foreach (var (line, fields) in EmbeddedResources.Rows(MeetingsResource, '\t', MeetingFields).Skip(1))
        {
            var location = new SourceLocation(MeetingsResource, line);
            var title = fields[1].Trim();
            meetings.Add(new PanelMeeting
            {
                Kind = MeetingKind.ClusterPanel,
                Cluster = ClusterOf(title, location),
                Title = title,
                Date = Read(TableDate, fields[0], location, "date"),
                Start = Read(TableTime, fields[4], location, "time"),
                Venue = fields[2].Trim(),
                Format = FormatOf(fields[3], location),
            });
        }

        return meetings;
    }

    public static IReadOnlyList<EngagementEvent> Events()
    {
        var events = new List<EngagementEvent>();
        var year = 2024;
        foreach (var (line, fields) in EmbeddedResources.Rows(EventsResource, '\t', EventFields))
        {
            var location = new SourceLocation(EventsResource, line);
            var dateText = fields[1].Trim();
            var date = EngagementDate.Parse(dateText, year, location);
            year = date.End.Year;
            var (audiences, note) = AudiencesOf(fields[3], location);
            events.Add(new EngagementEvent
            {
                Number = int.Parse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture),
                Date = date,
                DateText = dateText == date.ToString() ? null : dateText,
                Name = fields[2].Trim(),
                Audiences = audiences,
                AudienceNote = note,

                // Paragraph 13 introduces the table as "Police-led engagements".
                Organiser = Organiser.Police,
            });
        }

        return events;
    }

    /// <summary>Reads a printed audience list: <c>Residents, Workers, Visitors</c> or <c>Other (students)</c>.</summary>
    public static (IReadOnlyList<Audience> Audiences, string? Note) AudiencesOf(string text, SourceLocation? location)
    {
        var audiences = new List<Audience>();
        string? note = null;
        foreach (Match part in AudienceParts().Matches(text))
        {
            var word = part.Value.Trim();
            if (part.Groups["note"].Success)
            {
                note = part.Groups["note"].Value.Trim();
                audiences.Add(Audience.Other);
                continue;
            }

            audiences.Add(word.ToUpperInvariant() switch
            {
                "RESIDENTS" => Audience.Residents,
                "WORKERS" => Audience.Workers,
                "VISITORS" => Audience.Visitors,
                "OTHER" => Audience.Other,
                _ => throw new NhpInputException($"'{word}' is not an audience.", location, "audience", ["Residents", "Workers", "Visitors", "Other (note)"]),
            });
        }

        return (audiences.Distinct().ToArray(), note);
    }

    private static string ClusterOf(string title, SourceLocation location)
    {
        const string suffix = " Cluster Panel";
        if (!title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
        {
            throw new NhpInputException($"'{title}' does not name a cluster panel.", location, "cluster panel", ["Bank Cluster Panel"]);
        }

        var name = title[..^suffix.Length].Trim();
        name = ClusterAliases.GetValueOrDefault(name, name);
        return ClusterNames.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new NhpInputException($"'{title}' names no known cluster.", location, "cluster panel", ClusterNames);
    }

    private static MeetingFormat FormatOf(string text, SourceLocation location) => text.Trim().ToUpperInvariant() switch
    {
        "HYBRID" => MeetingFormat.Hybrid,
        "IN-PERSON" or "IN PERSON" => MeetingFormat.InPerson,
        "ONLINE" or "VIRTUAL" => MeetingFormat.Online,
        _ => throw new NhpInputException($"'{text}' is not a meeting format.", location, "type", ["In-person", "Hybrid", "Online"]),
    };

    private static T Read<T>(IPattern<T> pattern, string text, SourceLocation location, string field)
    {
        var result = pattern.Parse(text.Trim());
        return result.Success ? result.Value : throw new NhpInputException($"'{text}' could not be read.", location, field);
    }

    // One audience per comma-separated part; "Other (…)" may itself contain commas inside its brackets.
    [GeneratedRegex(@"Other\s*\((?<note>[^)]*)\)|[^,\s][^,]*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AudienceParts();
}
