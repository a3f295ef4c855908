using System.Runtime.ExceptionServices;
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
/// <remarks>
/// <para>Inputs are counted once. A file given twice (by two paths to the same file, or a folder and a file in it) is
/// read once (<see cref="PoliceUkImportRules.FileRepeated"/>). When two files hold rows of the same month and force
/// (<c>Reported by</c>), for example a download and its re-download <c>2022-04-city-of-london-street (1).csv</c>, a
/// finding names both (<see cref="PoliceUkImportRules.MonthRepeated"/>) and each crime of that month and force is
/// counted once: a crime ID as often as the one file that holds it most often (police.uk repeats some IDs within a
/// file), a row without one (anti-social behaviour) likewise by its whole text. Rows of other months and forces are
/// counted as they are.</para>
/// <para>Speed and memory: files are read as UTF-8 bytes (see the internal scanner), in parallel on every core, and
/// merged in the order given, so the counts and findings do not depend on timing. Memory is a buffer per core plus
/// the counts, whatever the size of the input; only the rows of a month and force held by two files are kept, while
/// they are compared.</para>
/// </remarks>
public static class PoliceUkCrimeReader
{
    private static readonly string[] FileForms = ["a folder of *.csv files", "2023-10-city-of-london-street.csv"];

    private static readonly YearMonthPattern MonthInWords = YearMonthPattern.CreateWithInvariantCulture("MMMM uuuu");

    /// <summary>Reads one file, or every <c>.csv</c> file of a folder in name order.</summary>
    /// <param name="path">A file or a folder; file names are the sources of findings.</param>
    /// <returns>The counts and the findings.</returns>
    /// <exception cref="NhpInputException">A file has no header with <c>Month</c> and <c>Crime type</c>, is empty, or the folder has no file.</exception>
    public static ImportResult<PoliceUkCrimeCounts> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadPaths([path]);
    }

    /// <summary>Reads one file's text from a stream (UTF-8 unless a byte order mark says otherwise).</summary>
    /// <param name="stream">The CSV; read to the end, left open.</param>
    /// <param name="source">The file name, for findings and for the month when the rows give none; may be null.</param>
    /// <returns>The counts and the findings.</returns>
    /// <exception cref="NhpInputException">The header lacks <c>Month</c> or <c>Crime type</c>, the input is empty, or the CSV is broken.</exception>
    public static ImportResult<PoliceUkCrimeCounts> Read(Stream stream, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var scanner = new PoliceUkFileScanner(source);
        scanner.Scan(stream);
        return Merge([scanner], [], null!, source);
    }

    /// <summary>Reads one file's text.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The file name, for findings and for the month when the rows give none; may be null.</param>
    /// <returns>The counts and the findings.</returns>
    /// <exception cref="NhpInputException">The header lacks <c>Month</c> or <c>Crime type</c>, the input is empty, or the CSV is broken.</exception>
    public static ImportResult<PoliceUkCrimeCounts> Read(TextReader reader, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var bytes = new Utf8ReaderStream(reader);
        return Read(bytes, source);
    }

    /// <summary>
    /// Reads every <c>.csv</c> file of each folder (in name order) and each file given, into one set of counts; the
    /// same file given twice is read once, and a month and force held by two files is counted once (see the remarks
    /// of <see cref="PoliceUkCrimeReader"/>).
    /// </summary>
    /// <param name="paths">Files or folders.</param>
    /// <returns>The counts and the findings of every file.</returns>
    /// <exception cref="NhpInputException">A file has no header with <c>Month</c> and <c>Crime type</c>, or no file was found.</exception>
    public static ImportResult<PoliceUkCrimeCounts> ReadPaths(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = paths.SelectMany<string, string>(p => Directory.Exists(p)
            ? Directory.EnumerateFiles(p, "*.csv").Order(StringComparer.Ordinal)
            : [p]).ToArray();
        if (files.Length == 0)
        {
            throw new NhpInputException("No police.uk CSV files were found.", acceptedForms: FileForms);
        }

        // The same file twice (two spellings of one path, or a folder and a file in it) is read once.
        var unique = new List<string>();
        var firstByPath = new Dictionary<string, string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var repeated = new List<Finding>();
        foreach (var file in files)
        {
            var full = Path.GetFullPath(file);
            if (firstByPath.TryGetValue(full, out var first))
            {
                repeated.Add(PoliceUkImportRules.FileRepeatedRule.Finding(
                    Path.GetFileName(file),
                    null,
                    $"{Name(first)} is given twice (as {first} and {file}); it is read once.",
                    new SourceLocation(Path.GetFileName(file), null)));
                continue;
            }

            firstByPath.Add(full, file);
            unique.Add(file);
        }

        var scanners = new PoliceUkFileScanner[unique.Count];
        var errors = new ExceptionDispatchInfo?[unique.Count];
        void ScanOne(int i)
        {
            try
            {
                scanners[i] = ScanFile(unique[i], null);
            }
#pragma warning disable CA1031 // Every error is kept and the first in file order rethrown, as a sequential read would.
            catch (Exception e)
#pragma warning restore CA1031
            {
                errors[i] = ExceptionDispatchInfo.Capture(e);
            }
        }

        if (unique.Count == 1)
        {
            ScanOne(0);
        }
        else
        {
            Parallel.For(0, unique.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, ScanOne);
        }

        foreach (var error in errors)
        {
            error?.Throw();
        }

        return Merge(scanners, repeated, (i, groups) => ScanFile(unique[i], groups), unique.Count == 1 ? Path.GetFileName(unique[0]) : null);
    }

    private static string Name(string file) => Path.GetFileName(file);

    private static PoliceUkFileScanner ScanFile(string file, HashSet<GroupKey>? collect)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var scanner = new PoliceUkFileScanner(Path.GetFileName(file)) { CollectGroups = collect };
        scanner.Scan(stream);
        return scanner;
    }

    // Adds the files' counts in the order given. A month and force that two or more files hold is counted once: each
    // file is read again for the rows of just those groups, and each crime counted as often as the file holding it
    // most often holds it. Months are MonthIndex integers throughout, so no generic collection over YearMonth is
    // instantiated (see MonthIndex).
    private static ImportResult<PoliceUkCrimeCounts> Merge(
        PoliceUkFileScanner[] scanners,
        IReadOnlyList<Finding> repeated,
        Func<int, HashSet<GroupKey>, PoliceUkFileScanner> rescan,
        string? source)
    {
        var findings = new List<Finding>();
        var months = new HashSet<int>();
        var holders = new Dictionary<GroupKey, List<int>>();
        var order = new List<GroupKey>();
        for (var i = 0; i < scanners.Length; i++)
        {
            var scanner = scanners[i];
            findings.AddRange(scanner.Findings);
            months.UnionWith(scanner.Months);
            foreach (var group in scanner.Groups)
            {
                var key = new GroupKey(group.Month, scanner.Forces.Text(group.Force));
                if (!holders.TryGetValue(key, out var list))
                {
                    holders.Add(key, list = []);
                    order.Add(key);
                }

                if (list.Count == 0 || list[^1] != i)
                {
                    list.Add(i);
                }
            }
        }

        findings.AddRange(repeated);
        var shared = new HashSet<GroupKey>();
        foreach (var key in order)
        {
            if (holders[key].Count > 1)
            {
                shared.Add(key);
            }
        }

        var counts = new Dictionary<CountKey, int>();
        var rows = 0;
        var malformed = 0;
        for (var i = 0; i < scanners.Length; i++)
        {
            var scanner = scanners[i];
            malformed += scanner.Findings.Count;
            foreach (var group in scanner.Groups)
            {
                if (shared.Count > 0 && shared.Contains(new GroupKey(group.Month, scanner.Forces.Text(group.Force))))
                {
                    continue;
                }

                var byType = group.ByType;
                for (var type = 0; type < byType.Length; type++)
                {
                    if (byType[type] > 0)
                    {
                        var key = new CountKey(group.Month, scanner.Types.Text(type));
                        counts[key] = (counts.TryGetValue(key, out var sum) ? sum : 0) + byType[type];
                        rows += byType[type];
                    }
                }
            }
        }

        if (shared.Count > 0)
        {
            rows += CountOnce(scanners, holders, order, shared, rescan, counts, findings);
        }

        return new(new PoliceUkCrimeCounts(counts, months, rows, malformed), findings, source);
    }

    private static int CountOnce(
        PoliceUkFileScanner[] scanners,
        Dictionary<GroupKey, List<int>> holders,
        List<GroupKey> order,
        HashSet<GroupKey> shared,
        Func<int, HashSet<GroupKey>, PoliceUkFileScanner> rescan,
        Dictionary<CountKey, int> counts,
        List<Finding> findings)
    {
        var sharedInOrder = order.Where(shared.Contains).OrderBy(g => g.Month).ThenBy(g => g.Force, StringComparer.Ordinal).ToArray();
        foreach (var group in sharedInOrder)
        {
            var files = holders[group];
            var first = scanners[files[0]].Source ?? "police.uk";
            foreach (var other in files.Skip(1))
            {
                var name = scanners[other].Source ?? "police.uk";
                var force = group.Force.Length == 0 ? string.Empty : " for " + group.Force;
                findings.Add(PoliceUkImportRules.MonthRepeatedRule.Finding(
                    name,
                    null,
                    $"{first} and {name} both hold {MonthInWords.Format(MonthIndex.ToYearMonth(group.Month))}{force} (a copy or a second download?); each crime is counted once, by its crime ID (a row without one by its whole text).",
                    new SourceLocation(name, null)));
            }
        }

        // Each crime as often as the file that holds it most often.
        var most = new Dictionary<CrimeKey, int>();
        var byFile = sharedInOrder.SelectMany(g => holders[g].Select(f => (File: f, Group: g))).GroupBy(x => x.File).OrderBy(g => g.Key);
        foreach (var file in byFile)
        {
            var again = rescan(file.Key, file.Select(x => x.Group).ToHashSet());
            foreach (var (crime, count) in again.Collected)
            {
                most[crime] = Math.Max(most.GetValueOrDefault(crime), count);
            }
        }

        var rows = 0;
        foreach (var (crime, count) in most)
        {
            var key = new CountKey(crime.Group.Month, crime.CrimeType);
            counts[key] = counts.GetValueOrDefault(key) + count;
            rows += count;
        }

        return rows;
    }
}
