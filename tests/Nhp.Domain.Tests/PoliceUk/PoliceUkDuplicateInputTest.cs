using NodaTime;
using Nhp.PoliceUk;

namespace Nhp.Domain.Tests.PoliceUk;

/// <summary>The same file twice, or a month and force in two files, is counted once, with a finding naming both.</summary>
public sealed class PoliceUkDuplicateInputTest : IDisposable
{
    private const string Header = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n";
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "Data", "policeuk");
    private readonly string folder = Directory.CreateTempSubdirectory("nhp-policeuk-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_same_file_given_twice_gives_the_single_counts_and_a_finding()
    {
        var file = Path.Combine(Data, "2023-10-city-of-london-street.csv");
        var once = PoliceUkCrimeReader.ReadPaths([file]).GetValueOrThrow();
        var import = PoliceUkCrimeReader.ReadPaths([file, Path.Combine(Data, ".", "2023-10-city-of-london-street.csv")]);

        var finding = Assert.Single(import.Findings);
        Assert.Equal(PoliceUkImportRules.FileRepeated, finding.RuleId);
        Assert.Equal(once.Rows, import.GetValueOrThrow().Rows);
        Assert.Equal(31, import.GetValueOrThrow().Count(new YearMonth(2023, 10), "Burglary"));
    }

    [Fact]
    public void A_folder_and_a_file_in_it_read_the_file_once()
    {
        var all = PoliceUkCrimeReader.ReadPaths([Data]).GetValueOrThrow();
        var import = PoliceUkCrimeReader.ReadPaths([Data, Path.Combine(Data, "2022-04-city-of-london-street.csv")]);
        Assert.Equal([PoliceUkImportRules.FileRepeated], import.Findings.Select(f => f.RuleId));
        Assert.Equal(all.Rows, import.GetValueOrThrow().Rows);
    }

    [Fact]
    public void A_re_downloaded_copy_in_the_folder_gives_the_single_counts_and_a_finding_naming_both_files()
    {
        // The real April 2022 file and its copy, as a browser names a second download.
        var original = Path.Combine(Data, "2022-04-city-of-london-street.csv");
        File.Copy(original, Path.Combine(folder, "2022-04-city-of-london-street.csv"));
        File.Copy(original, Path.Combine(folder, "2022-04-city-of-london-street (1).csv"));
        var once = PoliceUkCrimeReader.ReadPaths([original]).GetValueOrThrow();

        var import = PoliceUkCrimeReader.ReadPaths([folder]);
        var counts = import.GetValueOrThrow();

        var finding = Assert.Single(import.Findings);
        Assert.Equal(PoliceUkImportRules.MonthRepeated, finding.RuleId);
        // Files are read in ordinal name order, where " (1)" comes before ".csv".
        Assert.Contains("2022-04-city-of-london-street (1).csv and 2022-04-city-of-london-street.csv both hold", finding.Message, StringComparison.Ordinal);
        Assert.Contains("April 2022 for City of London Police", finding.Message, StringComparison.Ordinal);
        Assert.Equal(once.Rows, counts.Rows);
        Assert.Equal(once.AllSeries(), counts.AllSeries());
    }

    [Fact]
    public void Crimes_are_counted_once_by_crime_id_and_rows_without_one_as_often_as_one_file_holds_them()
    {
        // File a: crimes x (twice: police.uk repeats some IDs within a file), y, and two identical ASB rows.
        // File b (a later download): x once, y, z (new), and one of the ASB rows.
        // Once: x twice (the most one file holds), y once, z once, the ASB row twice = 6.
        const string X = "x,2023-10,Force A,Force A,-0.1,51.5,On or near A,E01,L 001,Burglary,Under investigation,\n";
        const string X2 = "x,2023-10,Force A,Force A,-0.2,51.5,On or near B,E01,L 001,Burglary,Court result unavailable,\n";
        const string Y = "y,2023-10,Force A,Force A,-0.1,51.5,On or near A,E01,L 001,Robbery,Under investigation,\n";
        const string Z = "z,2023-10,Force A,Force A,-0.1,51.5,On or near A,E01,L 001,Robbery,Under investigation,\n";
        const string Asb = ",2023-10,Force A,Force A,-0.1,51.5,On or near A,E01,L 001,Anti-social behaviour,,\n";
        const string OtherForce = "w,2023-10,Force B,Force B,-0.1,51.5,On or near A,E01,L 001,Robbery,Under investigation,\n";
        File.WriteAllText(Path.Combine(folder, "a.csv"), Header + X + X2 + Y + Asb + Asb);
        File.WriteAllText(Path.Combine(folder, "b.csv"), Header + X + Y + Z + Asb + OtherForce);

        var import = PoliceUkCrimeReader.ReadPaths([folder]);
        var counts = import.GetValueOrThrow();
        var october = new YearMonth(2023, 10);

        Assert.Equal([PoliceUkImportRules.MonthRepeated], import.Findings.Select(f => f.RuleId));
        Assert.Equal(2, counts.Count(october, "Burglary"));
        Assert.Equal(3, counts.Count(october, "Robbery"));
        Assert.Equal(2, counts.Count(october, "Anti-social behaviour"));
        Assert.Equal(7, counts.Rows);
    }

    [Fact]
    public void Files_of_different_forces_for_the_same_month_are_both_counted_in_full()
    {
        const string A = "x,2023-10,Force A,Force A,-0.1,51.5,On or near A,E01,L 001,Burglary,Under investigation,\n";
        const string B = "x,2023-10,Force B,Force A,-0.1,51.5,On or near A,E01,L 001,Burglary,Under investigation,\n";
        File.WriteAllText(Path.Combine(folder, "2023-10-a-street.csv"), Header + A);
        File.WriteAllText(Path.Combine(folder, "2023-10-b-street.csv"), Header + B);

        var import = PoliceUkCrimeReader.ReadPaths([folder]);
        Assert.Empty(import.Findings);
        Assert.Equal(2, import.GetValueOrThrow().Count(new YearMonth(2023, 10), "Burglary"));
    }
}
