using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using Nhp.Findings;
using Nhp.PoliceUk;
using Nhp.Text;

namespace Nhp.Cli.Commands;

/// <summary><c>nhp policeuk series</c>: monthly counts by crime type from data.police.uk street-level crime files.</summary>
internal sealed class PoliceUkSeriesCommand : ICommand
{
    /// <summary>The format of the JSON output (<c>docs/policeuk-series.schema.json</c>).</summary>
    public const string Format = "nhp-policeuk-series";

    public string Name => "policeuk series";

    public string Summary => "Monthly crime counts by crime type (or a named group) from data.police.uk CSV files.";

    public string Usage =>
        """
        Usage: nhp policeuk series <files or folder>... [--group <name>] [--format csv|json]

        Reads data.police.uk street-level crime files (a folder is read for its *.csv files) and
        writes monthly counts by crime type. A month with no data between the first and the last is
        missing: its count is empty (CSV) or null (JSON), never zero. Rows that cannot be read are
        reported on standard error with file and line, and the command then exits with code 1.

        Options:
          --group <name>      Only the sum of a named group of crime types:
                              neighbourhood-crime (Burglary, Robbery, Vehicle crime, Theft from the person),
                              violence (Violence and sexual offences).
          --format csv|json   Output format. Default csv (columns month,crimeType,count); json is format
                              nhp-policeuk-series (docs/policeuk-series.schema.json).

        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = Arguments.Parse(args, ["--group", "--format"]);
        arguments.ExpectPositionals(1, int.MaxValue, "files or folder");
        var format = arguments.Option("--format") ?? "csv";
        if (format is not ("csv" or "json"))
        {
            throw new UsageException($"Unknown format '{format}'; use csv or json.");
        }

        CrimeTypeGroup? group = null;
        if (arguments.Option("--group") is { } name)
        {
            group = CrimeTypeGroup.Find(name)
                ?? throw new UsageException($"Unknown group '{name}'; use {string.Join(" or ", CrimeTypeGroup.BuiltIn.Select(g => g.Name))}.");
        }

        var paths = arguments.Positionals.Select(context.ResolvePath).ToArray();
        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new FileNotFoundException($"No file or folder '{Path.GetRelativePath(context.WorkingDirectory, path)}'.");
            }
        }

        var import = PoliceUkCrimeReader.ReadPaths(paths);
        var counts = import.GetValueOrThrow();
        var series = group is null ? counts.AllSeries() : counts.Series(group);
        context.Out.Write(format == "json" ? Json(counts, series, import.Findings) : Csv(series));
        foreach (var finding in import.Findings)
        {
            context.Error.Write(Messages.OneLine(finding) + "\n");
        }

        if (counts.MissingMonths.Count > 0)
        {
            context.Error.Write("nhp policeuk series: missing months: " + string.Join(", ", counts.MissingMonths.Select(Month)) + "\n");
        }

        if (counts.MalformedRows > 0)
        {
            context.Error.Write(string.Create(CultureInfo.InvariantCulture, $"nhp policeuk series: {counts.MalformedRows} malformed row(s) not counted.\n"));
            return ExitCodes.Findings;
        }

        return ExitCodes.Success;
    }

    // yyyy-MM; written by hand for the years police.uk has (NodaTime's pattern formatting costs start-up time).
    private static string Month(YearMonth month)
    {
        if (month.Year is < 1 or > 9999)
        {
            return month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }

        Span<char> text = stackalloc char[7];
        month.Year.TryFormat(text, out _, "0000", CultureInfo.InvariantCulture);
        text[4] = '-';
        text[5] = (char)('0' + (month.Month / 10));
        text[6] = (char)('0' + (month.Month % 10));
        return new string(text);
    }

    private static string Csv(IReadOnlyList<MonthlyCrimeCount> series)
    {
        var text = new StringBuilder();
        Text.Csv.AppendRecord(text, "month", "crimeType", "count");
        foreach (var c in series)
        {
            Text.Csv.AppendRecord(text, Month(c.Month), Text.Csv.TextField(c.CrimeType), c.Count?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
        }

        return text.ToString();
    }

    private static string Json(PoliceUkCrimeCounts counts, IReadOnlyList<MonthlyCrimeCount> series, IReadOnlyList<Nhp.Findings.Finding> findings)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Nhp.Serialization.NhpJson.WriterOptions))
        {
            json.WriteStartObject();
            JsonOutput.WriteHeader(json, Format);
            json.WriteStartArray("months");
            foreach (var m in counts.Months)
            {
                json.WriteStringValue(Month(m));
            }

            json.WriteEndArray();
            json.WriteStartArray("missingMonths");
            foreach (var m in counts.MissingMonths)
            {
                json.WriteStringValue(Month(m));
            }

            json.WriteEndArray();
            json.WriteNumber("rows", counts.Rows);
            json.WriteNumber("malformedRows", counts.MalformedRows);
            json.WriteStartArray("series");
            foreach (var c in series)
            {
                json.WriteStartObject();
                json.WriteString("month", Month(c.Month));
                json.WriteString("crimeType", c.CrimeType);
                if (c.Count is { } n)
                {
                    json.WriteNumber("count", n);
                }
                else
                {
                    json.WriteNull("count");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (var f in findings)
            {
                json.WriteStartObject();
                FindingsJson.WriteProperties(json, f);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }
}
