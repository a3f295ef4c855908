using System.Globalization;
using Nhp.Findings;
using NodaTime;

namespace Nhp.Integrity;

/// <summary>
/// The result of measuring timeliness from records: the share recorded in time per period, the late records, and what
/// could not be counted. Immutable.
/// </summary>
/// <param name="Periods">One entry per period, in order of first disclosure.</param>
/// <param name="Late">The records recorded after the limit, in input order.</param>
/// <param name="Findings">Records left out of the counts and why: missing instants, recording before disclosure, repeated ids.</param>
public sealed record TimelinessAnalysis(
    IReadOnlyList<TimelinessPeriod> Periods,
    IReadOnlyList<CrimeRecordTiming> Late,
    IReadOnlyList<Finding> Findings)
{
    /// <summary>The Home Office Counting Rules limit: every reported crime recorded within 24 hours of receipt.</summary>
    public static Duration HomeOfficeLimit { get; } = Duration.FromHours(24);

    /// <summary>
    /// Counts, per period of disclosure, the records recorded within <paramref name="limit"/> of disclosure (exactly
    /// the limit counts as in time). A record with a missing instant, recorded before it was disclosed, or whose id was
    /// already seen is left out of the counts and reported as a finding; nothing is dropped silently.
    /// </summary>
    /// <param name="records">The records.</param>
    /// <param name="periodOf">Names the period a disclosure instant falls in, e.g. <see cref="FinancialQuarter"/>.</param>
    /// <param name="limit">The limit; <see cref="HomeOfficeLimit"/> when null.</param>
    /// <returns>The analysis.</returns>
    public static TimelinessAnalysis FromRecords(IEnumerable<CrimeRecordTiming> records, Func<Instant, string> periodOf, Duration? limit = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(periodOf);
        var maximum = limit ?? HomeOfficeLimit;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var counts = new Dictionary<string, (int Within, int Total)>(StringComparer.Ordinal);
        var order = new List<string>();
        var late = new List<CrimeRecordTiming>();
        var findings = new List<Finding>();
        foreach (var record in records)
        {
            if (!seen.Add(record.Id))
            {
                findings.Add(CdiRules.DuplicateIdDescriptor.Finding(record.Id, "id", $"Crime {record.Id} appears more than once; only its first record is counted."));
                continue;
            }

            if (record.Disclosed is not { } disclosed || record.Recorded is not { } recorded)
            {
                var missing = record.Disclosed is null ? "disclosed" : "recorded";
                findings.Add(CdiRules.MissingInstantDescriptor.Finding(record.Id, missing, $"Crime {record.Id} has no {missing} time, so its timeliness cannot be measured; it is left out of the counts."));
                continue;
            }

            if (recorded < disclosed)
            {
                findings.Add(CdiRules.RecordedBeforeDisclosedDescriptor.Finding(record.Id, "recorded", $"Crime {record.Id} was recorded at {Text(recorded)}, before it was disclosed at {Text(disclosed)}; one of the times is wrong, so it is left out of the counts."));
                continue;
            }

            var period = periodOf(disclosed);
            if (!counts.TryGetValue(period, out var count))
            {
                order.Add(period);
            }

            var inTime = recorded - disclosed <= maximum;
            counts[period] = (count.Within + (inTime ? 1 : 0), count.Total + 1);
            if (!inTime)
            {
                late.Add(record);
            }
        }

        var periods = order.Select(p => TimelinessPeriod.FromCounts(p, counts[p].Within, counts[p].Total)).ToArray();
        return new TimelinessAnalysis(periods, late, findings);
    }

    /// <summary>
    /// Names UK financial-year quarters in <paramref name="zone"/>: <c>Q3 2023/24</c> for 1 October to 31 December 2023
    /// (the year runs 1 April to 31 March).
    /// </summary>
    /// <param name="zone">The zone whose calendar dates decide the quarter, e.g. Europe/London.</param>
    /// <returns>A function for <see cref="FromRecords"/>.</returns>
    public static Func<Instant, string> FinancialQuarter(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return instant =>
        {
            var date = instant.InZone(zone).Date;
            var startYear = date.Month >= 4 ? date.Year : date.Year - 1;
            var quarter = ((date.Month + 8) % 12 / 3) + 1;
            return string.Create(CultureInfo.InvariantCulture, $"Q{quarter} {startYear}/{(startYear + 1) % 100:00}");
        };
    }

    private static string Text(Instant instant) => instant.ToString("uuuu-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
}
