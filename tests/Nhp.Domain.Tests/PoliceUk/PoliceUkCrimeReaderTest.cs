using NodaTime;
using Nhp.PoliceUk;

namespace Nhp.Domain.Tests.PoliceUk;

public class PoliceUkCrimeReaderTest
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Data", "policeuk");

    private const string Header = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

    [Fact]
    public void The_24_files_give_the_same_monthly_counts_as_an_independent_count_of_their_lines()
    {
        var counts = PoliceUkCrimeReader.ReadPaths([Folder]).GetValueOrThrow();

        // Independent count: split each file into lines and each line at commas (these files contain no quotes),
        // skip the header, and count (Month, Crime type) = (field 2, field 10).
        var expected = new Dictionary<(string, string), int>();
        var lines = 0;
        foreach (var file in Directory.GetFiles(Folder, "*.csv"))
        {
            foreach (var line in File.ReadAllText(file).Split('\n').Skip(1).Where(l => l.Length > 0))
            {
                Assert.DoesNotContain('"', line);
                var fields = line.TrimEnd('\r').Split(',');
                var key = (fields[1], fields[9]);
                expected[key] = expected.GetValueOrDefault(key) + 1;
                lines++;
            }
        }

        Assert.Equal(24, counts.Months.Count);
        Assert.Empty(counts.MissingMonths);
        Assert.Equal(0, counts.MalformedRows);
        Assert.Equal(lines, counts.Rows);
        foreach (var ((month, type), count) in expected)
        {
            Assert.Equal(count, counts.Count(YearMonthFrom(month), type));
        }

        Assert.Equal(expected.Count, counts.AllSeries().Count(c => c.Count > 0));
    }

    [Fact]
    public void October_2023_matches_the_numbers_counted_with_the_shell()
    {
        // awk -F, 'NR>1 && $2=="2023-10" {print $10}' 2023-10-city-of-london-street.csv | sort | uniq -c
        // -> 31 Burglary, 16 Robbery, 85 Theft from the person, 8 Vehicle crime, 134 Violence and sexual offences
        var counts = PoliceUkCrimeReader.ReadPaths([Path.Combine(Folder, "2023-10-city-of-london-street.csv")]).GetValueOrThrow();
        var october = new YearMonth(2023, 10);
        Assert.Equal(31, counts.Count(october, "Burglary"));
        Assert.Equal(134, counts.Count(october, "Violence and sexual offences"));
        Assert.Equal(31 + 16 + 85 + 8, counts.Series(CrimeTypeGroup.NeighbourhoodCrime).Single().Count);
    }

    [Fact]
    public void When_a_month_has_no_file_then_it_is_missing_not_zero()
    {
        var counts = PoliceUkCrimeReader.ReadPaths([
            Path.Combine(Folder, "2022-04-city-of-london-street.csv"),
            Path.Combine(Folder, "2022-06-city-of-london-street.csv"),
        ]).GetValueOrThrow();
        var may = new YearMonth(2022, 5);
        Assert.Equal([may], counts.MissingMonths);
        Assert.Null(counts.Count(may, "Burglary"));
        Assert.Null(counts.Series(CrimeTypeGroup.NeighbourhoodCrime)[1].Count);
        Assert.NotNull(counts.Series(CrimeTypeGroup.NeighbourhoodCrime)[2].Count);
    }

    [Fact]
    public void Malformed_rows_are_reported_with_file_and_line_and_counted_and_the_rest_are_read()
    {
        var text = Header + "\n"
            + "a,2023-10,City of London Police,City of London Police,-0.1,51.5,On or near X,E01,City 001,Burglary,Under investigation,\n"
            + "b,2023-10,City of London Police,City of London Police,-0.1,51.5,On or near X,E01,City 001,Burglary\n"
            + "c,Oct 2023,City of London Police,City of London Police,-0.1,51.5,On or near X,E01,City 001,Burglary,Under investigation,\n"
            + "d,2023-10,City of London Police,City of London Police,-0.1,51.5,On or near X,E01,City 001,,Under investigation,\n"
            + "e,2023-10,City of London Police,City of London Police,-0.1,51.5,On or near X,E01,City 001,Robbery,Under investigation,\n";
        var import = PoliceUkCrimeReader.Read(new StringReader(text), "broken.csv");
        var counts = import.GetValueOrThrow();

        Assert.Equal(3, counts.MalformedRows);
        Assert.Equal(2, counts.Rows);
        Assert.Equal([3, 4, 5], import.Findings.Select(f => f.Location!.Line!.Value));
        Assert.All(import.Findings, f => Assert.Equal("broken.csv", f.Location!.Source));
        Assert.Equal([null, "Month", "Crime type"], import.Findings.Select(f => f.Field));
        Assert.Contains("'Oct 2023'", import.Findings[1].Message, StringComparison.Ordinal);
        Assert.Equal(1, counts.Count(new YearMonth(2023, 10), "Burglary"));
    }

    [Fact]
    public void When_the_header_is_not_a_police_uk_header_then_the_error_says_which_columns_are_needed()
    {
        var error = Assert.Throws<NhpInputException>(() => PoliceUkCrimeReader.Read(new StringReader("a,b,c\n1,2,3\n"), "other.csv"));
        Assert.Contains("other.csv:1", error.Message, StringComparison.Ordinal);
        Assert.Contains("Crime type", error.Message, StringComparison.Ordinal);
    }

    private static YearMonth YearMonthFrom(string text) =>
        new(int.Parse(text[..4], System.Globalization.CultureInfo.InvariantCulture), int.Parse(text[5..], System.Globalization.CultureInfo.InvariantCulture));
}
