using System.Text.Json;

namespace Nhp.Cli.Tests.Commands;

public class PoliceUkSeriesCommandTest
{
    [Fact]
    public void The_csv_has_month_crime_type_and_count_for_every_month_and_type()
    {
        var (exit, output, error) = CliRunner.Run(string.Empty, "policeuk", "series", "Data/policeuk");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("month,crimeType,count", lines[0]);
        // awk -F, 'NR>1 && $2=="2023-10" {print $10}' 2023-10-city-of-london-street.csv | sort | uniq -c -> 31 Burglary
        Assert.Contains("2023-10,Burglary,31", lines);
        Assert.Contains("2023-10,Violence and sexual offences,134", lines);
        Assert.Equal(24, lines.Skip(1).Select(l => l[..7]).Distinct().Count());
    }

    [Fact]
    public void A_group_gives_one_series_named_after_it()
    {
        var (_, output, _) = CliRunner.Run(string.Empty, "policeuk", "series", "Data/policeuk", "--group", "neighbourhood-crime");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(25, lines.Length);
        // 31 + 16 + 85 + 8 (Burglary, Robbery, Theft from the person, Vehicle crime; counted with awk as above).
        Assert.Contains("2023-10,neighbourhood-crime,140", lines);
    }

    [Fact]
    public void In_json_a_missing_month_has_a_null_count_and_is_listed()
    {
        var (exit, output, error) = CliRunner.Run(
            string.Empty,
            "policeuk", "series", "Data/policeuk/2022-04-city-of-london-street.csv", "Data/policeuk/2022-06-city-of-london-street.csv",
            "--group", "violence", "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["2022-05"], json.RootElement.GetProperty("missingMonths").EnumerateArray().Select(e => e.GetString()));
        var may = json.RootElement.GetProperty("series")[1];
        Assert.Equal("2022-05", may.GetProperty("month").GetString());
        Assert.Equal(JsonValueKind.Null, may.GetProperty("count").ValueKind);
        Assert.Contains("missing months: 2022-05", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_rows_are_reported_on_standard_error_with_file_and_line_and_the_exit_code_is_1()
    {
        var folder = Path.Combine(Path.GetTempPath(), "nhp-policeuk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "2023-10-x.csv"),
                "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n"
                + "a,2023-10,P,P,0,0,L,E,N,Burglary,O,\n"
                + "b,2023-13,P,P,0,0,L,E,N,Burglary,O,\n");
            var (exit, output, error) = CliRunner.Run(string.Empty, "policeuk", "series", folder, "--format", "json");
            Assert.Equal(1, exit);
            Assert.Contains("2023-10-x.csv:3", error, StringComparison.Ordinal);
            Assert.Contains("1 malformed row(s)", error, StringComparison.Ordinal);
            using var json = JsonDocument.Parse(output);
            Assert.Equal(1, json.RootElement.GetProperty("malformedRows").GetInt32());
            Assert.Equal(3, json.RootElement.GetProperty("findings")[0].GetProperty("line").GetInt32());
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void An_unknown_group_or_format_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run(string.Empty, "policeuk", "series", "Data/policeuk", "--group", "fraud").Exit);
        Assert.Equal(2, CliRunner.Run(string.Empty, "policeuk", "series", "Data/policeuk", "--format", "xml").Exit);
        Assert.Equal(2, CliRunner.Run(string.Empty, "policeuk", "series", "no-such-folder").Exit);
    }
}
