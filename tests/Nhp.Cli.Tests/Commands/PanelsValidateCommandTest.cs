using System.Text.Json;

namespace Nhp.Cli.Tests.Commands;

public sealed class PanelsValidateCommandTest
{
    // An illustrative ward mapping, made up for the test: no public source maps wards to clusters.
    private const string WithUnknownWard =
        """
        {
          "format": "nhp-engagement",
          "version": 1,
          "asOf": "2025-06-01",
          "model": { "firstYearStarts": "2024-11", "meetingsPerClusterPerYear": 2 },
          "places": {
            "wards": [ { "name": "Aldersgate" }, { "name": "Cripplegate" } ],
            "clusters": [ { "name": "Barbican", "wards": [ "Aldersgate", "Cripplegate", "Golden Lane" ] } ]
          },
          "meetings": [
            { "cluster": "Barbican", "date": "2024-11-27", "start": "18:30", "venue": "Golden Lane Community Centre", "format": "hybrid", "attendees": 20,
              "topics": [ { "text": "Cycling on pavements", "remit": "both" } ] },
            { "cluster": "Barbican", "date": "2025-05-20", "start": "18:30", "venue": "Golden Lane Community Centre", "format": "hybrid", "attendees": 11,
              "topics": [ { "text": "Noise", "remit": "corporation" } ] }
          ]
        }
        """;

    [Fact]
    public void When_the_sample_file_has_only_warnings_then_they_are_printed_and_the_exit_code_is_0()
    {
        using var files = new PanelsTestFiles();
        var (exit, output, error) = files.Run("panels", "validate", PanelsTestFiles.Sample);
        Assert.Equal(0, exit);
        Assert.Contains("warning engagement.schedule.meetings-per-year [Bank meetings] engagement-city-of-london-2024-11.json: The Bank cluster has 1 meeting", output, StringComparison.Ordinal);
        Assert.Contains("warning engagement.meeting.not-recorded", output, StringComparison.Ordinal);
        Assert.Contains("0 error(s), 12 warning(s), 1 note(s)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_mapping_names_an_unknown_ward_then_the_ward_is_named_and_the_exit_code_is_1()
    {
        using var files = new PanelsTestFiles();
        var (exit, output, _) = files.Run("panels", "validate", files.Write("mapping.json", WithUnknownWard));
        Assert.Equal(1, exit);
        Assert.Contains("error engagement.places.ward-unknown [Barbican places.clusters[0].wards[2]] mapping.json: The Barbican cluster lists the ward 'Golden Lane', which is not one of the 2 configured wards", output, StringComparison.Ordinal);
    }

    [Fact]
    public void With_json_the_findings_are_a_findings_document_with_rule_ids()
    {
        using var files = new PanelsTestFiles();
        var (exit, output, _) = files.Run("panels", "validate", files.Write("mapping.json", WithUnknownWard), "--json");
        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("nhp-findings", json.RootElement.GetProperty("format").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("engagement.places.ward-unknown", finding.GetProperty("ruleId").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("places.clusters[0].wards[2]", finding.GetProperty("field").GetString());
        Assert.Equal("mapping.json", finding.GetProperty("source").GetString());
    }

    [Fact]
    public void When_a_meeting_cannot_be_read_then_a_finding_gives_file_line_and_field_and_the_exit_code_is_1()
    {
        using var files = new PanelsTestFiles();
        var broken = WithUnknownWard.Replace("\"2024-11-27\"", "\"27/11/2024\"", StringComparison.Ordinal);
        var (exit, output, _) = files.Run("panels", "validate", files.Write("broken.json", broken));
        Assert.Equal(1, exit);
        Assert.Contains("error engagement.import.item-invalid [broken.json $.meetings[0].date] broken.json:11: The meeting at $.meetings[0] could not be read ($.meetings[0].date: '27/11/2024' is not an ISO date;", output, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_file_is_not_JSON_then_the_message_gives_file_and_line_and_the_exit_code_is_2()
    {
        using var files = new PanelsTestFiles();
        var (exit, output, error) = files.Run("panels", "validate", files.Write("broken.json", WithUnknownWard[..40]));
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith("nhp panels validate: broken.json:", error, StringComparison.Ordinal);
        Assert.Contains("This is not an engagement file in JSON", error, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_file_does_not_exist_then_the_exit_code_is_2()
    {
        using var files = new PanelsTestFiles();
        Assert.Equal(2, files.Run("panels", "validate", "missing.json").Exit);
    }

    [Fact]
    public void When_no_file_is_given_then_it_is_a_usage_error()
    {
        using var files = new PanelsTestFiles();
        var (exit, _, error) = files.Run("panels", "validate");
        Assert.Equal(2, exit);
        Assert.Contains("Missing the file to read.", error, StringComparison.Ordinal);
    }
}
