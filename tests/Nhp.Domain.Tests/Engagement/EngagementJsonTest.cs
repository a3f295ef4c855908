using Nhp.Datasets.CityOfLondon;
using Nhp.Findings;
using CsCheck;
using Nhp.Datasets;
using Nhp.Engagement;
using NodaTime;

namespace Nhp.Domain.Tests.Engagement;

public sealed class EngagementJsonTest
{
    private static EngagementData Minimal(params EngagementEvent[] events) => new()
    {
        AsOf = new LocalDate(2024, 11, 26),
        Model = CityOfLondonDataset.PanelModel2024,
        Events = events,
    };

    [Theory]
    [InlineData("1 September 2024")]
    [InlineData("25 November – 10 December 2024")]
    [InlineData("October 2024")]
    [InlineData("Mid-September 2024")]
    public void When_an_event_date_in_each_of_the_four_forms_is_written_then_it_is_written_as_printed_and_reads_back_equal(string text)
    {
        var data = Minimal(new EngagementEvent { Date = EngagementDate.Parse(text), Name = "Stall", Organiser = Organiser.Police, Audiences = [Audience.Workers] });
        var json = EngagementJson.Write(data);
        Assert.Contains($"\"date\": \"{text}\"", json, StringComparison.Ordinal);
        var back = EngagementJson.Read(new StringReader(json)).GetValueOrThrow();
        Assert.Equal(data.Events[0].Date, back.Events[0].Date);
        Assert.Equal(text, back.Events[0].Date.ToString());
    }

    [Fact]
    public void Event_dates_in_all_four_forms_round_trip_through_JSON_unchanged() =>
        Gen.Select(EngagementDateGen.Any.Array[1, 8], Gen.Enum<Organiser>(), Gen.Enum<Audience>().Array[0, 4]).Sample((dates, organiser, audiences) =>
        {
            var data = Minimal(dates.Select((d, i) => new EngagementEvent
            {
                Number = i + 1,
                Date = d,
                Name = "Event " + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Organiser = organiser,
                Audiences = audiences,
            }).ToArray());
            var back = EngagementJson.Read(new StringReader(EngagementJson.Write(data))).GetValueOrThrow();
            Assert.Equal(data.Events.Select(e => e.Date), back.Events.Select(e => e.Date));
            Assert.Equal(data.Events.Select(e => e.Date.Kind), back.Events.Select(e => e.Date.Kind));
            Assert.Equal(data.Events.Select(e => e.Organiser), back.Events.Select(e => e.Organiser));
            Assert.Equal(data.Events.SelectMany(e => e.Audiences), back.Events.SelectMany(e => e.Audiences));
            Assert.Equal(EngagementJson.Write(data), EngagementJson.Write(back));
        });

    [Fact]
    public void The_default_data_written_and_read_back_is_written_identically()
    {
        var data = CityOfLondonDataset.February2024.Engagement!;
        var json = EngagementJson.Write(data);
        var back = EngagementJson.Read(new StringReader(json)).GetValueOrThrow();
        Assert.Equal(json, EngagementJson.Write(back));
        Assert.Equal(data.Meetings.Count, back.Meetings.Count);
        Assert.Equal(data.Events.Select(e => e.Date), back.Events.Select(e => e.Date));
        Assert.Equal(data.Meetings.Select(m => (m.Date, m.Start, m.Venue, m.Format)), back.Meetings.Select(m => (m.Date, m.Start, m.Venue, m.Format)));
        Assert.Contains("\"start\": \"13:00\"", json, StringComparison.Ordinal);
        Assert.Contains("\"format\": \"in-person\"", json, StringComparison.Ordinal);
        Assert.Contains("\"firstYearStarts\": \"2024-11\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_file_is_the_default_data()
    {
        var expected = EngagementJson.Write(CityOfLondonDataset.February2024.Engagement!);
        if (Nhp.Testing.Snapshot.AcceptRequested())
        {
            // Regenerated with the snapshots: the sample in the repository is the reference example of the format.
            File.WriteAllText(Path.Combine(RepositoryRoot(), "samples", "engagement", SampleName), expected);
        }

        var sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", SampleName));
        Assert.Equal(expected, sample);
    }

    [Fact]
    public void The_published_JSON_schema_is_the_one_the_reader_uses()
    {
        var expected = EngagementJson.Schema();
        if (Nhp.Testing.Snapshot.AcceptRequested())
        {
            File.WriteAllText(Path.Combine(RepositoryRoot(), "docs", "engagement.schema.json"), expected);
        }

        Assert.Equal(expected, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "engagement.schema.json")));
        using var schema = System.Text.Json.JsonDocument.Parse(expected);
        var properties = schema.RootElement.GetProperty("properties");
        Assert.Equal(["asOf", "format", "model", "version"], schema.RootElement.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal));
        var meeting = properties.GetProperty("meetings").GetProperty("items");
        Assert.Equal(
            ["in-person", "hybrid", "online"],
            meeting.GetProperty("properties").GetProperty("format").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("^\\d{2}:\\d{2}(:\\d{2})?$", meeting.GetProperty("properties").GetProperty("start").GetProperty("pattern").GetString());
        Assert.False(properties.GetProperty("model").TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == System.Text.Json.JsonValueKind.True);
    }

    private const string SampleName = "engagement-city-of-london-2024-11.json";

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", ".."));

    [Fact]
    public void When_an_event_date_is_not_in_an_accepted_form_then_the_error_gives_the_line_the_path_and_the_forms()
    {
        const string json = "{\n  \"asOf\": \"2024-11-26\",\n  \"model\": { \"firstYearStarts\": \"2024-11\", \"meetingsPerClusterPerYear\": 2 },\n  \"events\": [\n    { \"date\": \"Spring 2024\", \"name\": \"x\", \"organiser\": \"police\" }\n  ]\n}\n";
        var import = EngagementJson.Read(new StringReader(json), "panels.json");
        var e = Assert.Single(import.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(EngagementImportRules.ItemInvalid, e.RuleId);
        Assert.Equal(5, e.Location?.Line);
        Assert.Equal("panels.json", e.Location?.Source);
        Assert.Contains("events[0].date", e.Field, StringComparison.Ordinal);
        Assert.Contains("'Spring 2024' is not an engagement date", e.Message, StringComparison.Ordinal);
        Assert.Contains("Mid-September 2024", e.Message, StringComparison.Ordinal);
        Assert.Empty(import.GetValueOrThrow().Events);
    }

    [Theory]
    [InlineData("{ \"asOf\": \"2024-11-26\", \"model\": { \"firstYearStarts\": \"2024-11\", \"meetingsPerClusterPerYear\": 2 }, \"meetngs\": [] }", EngagementImportRules.PropertyUnknown, true, "meetngs")]
    [InlineData("{ \"model\": { \"firstYearStarts\": \"2024-11\", \"meetingsPerClusterPerYear\": 2 } }", EngagementImportRules.RequiredMissing, false, "asOf")]
    [InlineData("{ \"asOf\": \"26/11/2024\", \"model\": { \"firstYearStarts\": \"2024-11\", \"meetingsPerClusterPerYear\": 2 } }", EngagementImportRules.ValueInvalid, false, "asOf")]
    [InlineData("{ \"asOf\": \"2024-11-26\", \"model\": { \"firstYearStarts\": \"2024-11\", \"meetingsPerClusterPerYear\": 2 }, \"meetings\": [ { \"date\": \"2024-11-06\", \"start\": \"13:00\", \"venue\": \"Hall\", \"format\": \"outdoors\" } ] }", EngagementImportRules.ItemInvalid, true, "format")]
    public void When_the_file_has_a_typo_a_missing_value_or_a_wrong_form_then_a_finding_names_the_place(string json, string ruleId, bool hasValue, string named)
    {
        var import = EngagementJson.Read(new StringReader(json), "panels.json");
        var finding = Assert.Single(import.Findings, f => f.RuleId != EngagementImportRules.FormatMissing);
        Assert.Equal((ruleId, hasValue), (finding.RuleId, import.HasValue));
        Assert.Equal(new SourceLocation("panels.json", 1), finding.Location);
        Assert.Contains(named, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"asOf\": \"2024-11-26\", ", "not an engagement file")]
    [InlineData("{ \"format\": \"nhp-delivery-plan\", \"version\": 1 }", "not 'nhp-engagement'")]
    [InlineData("{ \"format\": \"nhp-engagement\", \"version\": 2 }", "reads version 1 only")]
    [InlineData("{ \"name\": \"x\" }", "not an engagement file")]
    public void When_the_file_is_not_an_engagement_file_of_a_version_this_library_reads_then_it_is_rejected(string json, string expected)
    {
        var e = Assert.Throws<NhpInputException>(() => EngagementJson.Read(new StringReader(json), "panels.json"));
        Assert.StartsWith("panels.json:1", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_optional_values_are_left_out_then_they_take_their_defaults_not_null()
    {
        const string json = "{ \"asOf\": \"2024-11-26\", \"model\": { \"firstYearStarts\": \"2024-11\", \"meetingsPerClusterPerYear\": 2 }, \"meetings\": [ { \"date\": \"2024-11-06\", \"start\": \"13:00\", \"venue\": \"Hall\", \"format\": \"hybrid\" } ], \"events\": [ { \"date\": \"October 2024\", \"name\": \"x\", \"organiser\": \"corporation\" } ] }";
        var data = EngagementJson.Read(new StringReader(json)).GetValueOrThrow();
        Assert.Empty(data.Places.Clusters);
        Assert.Empty(data.Places.Wards);
        Assert.Empty(data.MetricValues);
        Assert.Equal(Duration.FromMinutes(90), data.Model.AssumedMeetingLength);
        Assert.Empty(data.Model.CorporationDepartments);
        var meeting = Assert.Single(data.Meetings);
        Assert.Equal(MeetingKind.ClusterPanel, meeting.Kind);
        Assert.Empty(meeting.Officers);
        Assert.Empty(meeting.Topics);
        Assert.Empty(meeting.YouSaidWeDid);
        Assert.Empty(meeting.CorporationDepartments);
        Assert.Empty(Assert.Single(data.Events).Audiences);
        Assert.NotEmpty(EngagementRules.Check(data));
    }

    [Fact]
    public void When_the_file_is_empty_then_it_is_rejected_with_a_clear_message()
    {
        var e = Assert.Throws<NhpInputException>(() => EngagementJson.Read(new StringReader("  "), "panels.json").GetValueOrThrow());
        Assert.Contains("The file is empty", e.Message, StringComparison.Ordinal);
    }
}
