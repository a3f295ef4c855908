using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Nhp.Findings;
using Nhp.Importing;
using Nhp.Text;

namespace Nhp.PoliceUk;

/// <summary>
/// Reads data.police.uk street-level crime CSV files (columns <c>Crime ID, Month, …, Crime type, …</c>), streaming,
/// and counts crimes by month and crime type. Every row is counted or reported: a row with the wrong number of
/// fields, a month not written <c>yyyy-MM</c>, or an empty crime type becomes a finding
/// (<see cref="PoliceUkImportRules.MalformedRow"/>) with its file and line. A month is present when any row of it was
/// read or a file named for it (<c>2023-10-…csv</c>) was read. Thread-safe; the counts are immutable.
/// </summary>
public static class PoliceUkCrimeReader
{
    private static readonly YearMonthPattern MonthPattern = YearMonthPattern.CreateWithInvariantCulture("uuuu'-'MM");

    private static readonly string[] FileForms = ["a folder of *.csv files", "2023-10-city-of-london-street.csv"];

    /// <summary>Reads one file, or every <c>.csv</c> file of a folder in name order.</summary>
    /// <param name="path">A file or a folder; file names are the sources of findings.</param>
    /// <returns>The counts and the findings.</returns>
    /// <exception cref="NhpInputException">A file has no header with <c>Month</c> and <c>Crime type</c>, is empty, or the folder has no file.</exception>
    public static ImportResult<PoliceUkCrimeCounts> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadPaths([path]);
    }

    /// <summary>Reads one file's text from a stream (UTF-8).</summary>
    /// <param name="stream">The CSV; read to the end, left open.</param>
    /// <param name="source">The file name, for findings and for the month when the rows give none; may be null.</param>
    /// <returns>The counts and the findings.</returns>
    /// <exception cref="NhpInputException">The header lacks <c>Month</c> or <c>Crime type</c>, the input is empty, or the CSV is broken.</exception>
    public static ImportResult<PoliceUkCrimeCounts> Read(Stream stream, string? source = null) => ImportInput.FromStream(stream, source, Read);

    /// <summary>Reads one file's text.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The file name, for findings and for the month when the rows give none; may be null.</param>
    /// <returns>The counts and the findings.</returns>
    /// <exception cref="NhpInputException">The header lacks <c>Month</c> or <c>Crime type</c>, the input is empty, or the CSV is broken.</exception>
    public static ImportResult<PoliceUkCrimeCounts> Read(TextReader reader, string? source = null)
    {
        var counter = new Counter();
        counter.Read(reader, source);
        return counter.ToResult(source);
    }

    /// <summary>Reads every <c>.csv</c> file of each folder (in name order) and each file given, into one set of counts.</summary>
    /// <param name="paths">Files or folders.</param>
    /// <returns>The counts and the findings of every file.</returns>
    /// <exception cref="NhpInputException">A file has no header with <c>Month</c> and <c>Crime type</c>, or no file was found.</exception>
    public static ImportResult<PoliceUkCrimeCounts> ReadPaths(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var counter = new Counter();
        var files = paths.SelectMany<string, string>(p => Directory.Exists(p)
            ? Directory.EnumerateFiles(p, "*.csv").Order(StringComparer.Ordinal)
            : [p]).ToArray();
        if (files.Length == 0)
        {
            throw new NhpInputException("No police.uk CSV files were found.", acceptedForms: FileForms);
        }

        foreach (var file in files)
        {
            using var text = File.OpenText(file);
            counter.Read(text, Path.GetFileName(file));
        }

        return counter.ToResult(files.Length == 1 ? Path.GetFileName(files[0]) : null);
    }

    private static int IndexOf(IReadOnlyList<string> fields, string name)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (string.Equals(fields[i].Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    // Counts across files; one per read, never shared between threads.
    private sealed class Counter
    {
        private readonly Dictionary<(YearMonth, string), int> counts = [];
        private readonly HashSet<YearMonth> months = [];
        private readonly List<Finding> findings = [];
        private int rows;

        /// <param name="reader">The CSV text.</param>
        /// <param name="source">The file name, for findings and for the month when the rows give none.</param>
        /// <exception cref="NhpInputException">The header lacks <c>Month</c> or <c>Crime type</c>, or the CSV is broken (an unclosed quote).</exception>
        public void Read(TextReader reader, string? source)
        {
            ArgumentNullException.ThrowIfNull(reader);
            if (source is { Length: >= 7 } && MonthPattern.Parse(source[..7]) is { Success: true } named)
            {
                months.Add(named.Value);
            }

            int monthColumn = -1, typeColumn = -1, width = 0;
            var header = true;
            foreach (var record in Csv.Read(reader, source))
            {
                if (header)
                {
                    header = false;
                    width = record.Fields.Count;
                    monthColumn = IndexOf(record.Fields, "Month");
                    typeColumn = IndexOf(record.Fields, "Crime type");
                    if (monthColumn < 0 || typeColumn < 0)
                    {
                        throw new NhpInputException(
                            "The first line is not a police.uk street-level crime header: it needs the columns Month and Crime type.",
                            new SourceLocation(source, record.Line),
                            acceptedForms: ["Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context"]);
                    }

                    continue;
                }

                if (record.Fields.Count != width)
                {
                    Malformed(source, record.Line, null, string.Create(CultureInfo.InvariantCulture, $"The row has {record.Fields.Count} fields; the header has {width}. The row is not counted."));
                    continue;
                }

                var monthText = record.Fields[monthColumn];
                var month = MonthPattern.Parse(monthText);
                if (!month.Success)
                {
                    Malformed(source, record.Line, "Month", $"The month '{monthText}' is not written yyyy-MM (e.g. 2023-10). The row is not counted.");
                    continue;
                }

                var crimeType = record.Fields[typeColumn];
                if (crimeType.Length == 0)
                {
                    Malformed(source, record.Line, "Crime type", "The crime type is empty. The row is not counted.");
                    continue;
                }

                months.Add(month.Value);
                var key = (month.Value, crimeType);
                counts[key] = counts.GetValueOrDefault(key) + 1;
                rows++;
            }

            if (header)
            {
                throw new NhpInputException("The file is empty: a police.uk file starts with a header line.", new SourceLocation(source, null));
            }
        }

        public ImportResult<PoliceUkCrimeCounts> ToResult(string? source) =>
            new(new PoliceUkCrimeCounts(new Dictionary<(YearMonth, string), int>(counts), [.. months], rows, findings.Count), findings, source);

        private void Malformed(string? source, int line, string? field, string message) =>
            findings.Add(PoliceUkImportRules.MalformedRowRule.Finding(source ?? "police.uk", field, message, new SourceLocation(source, line)));
    }
}
