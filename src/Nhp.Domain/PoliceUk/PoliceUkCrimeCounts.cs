using NodaTime;

namespace Nhp.PoliceUk;

/// <summary>
/// Monthly counts of police.uk street-level crimes by crime type, with the months that had no data and the rows that
/// could not be read (the findings about them are on the <see cref="Importing.ImportResult{T}"/> that <see cref="PoliceUkCrimeReader"/> returns). Immutable.
/// </summary>
public sealed class PoliceUkCrimeCounts
{
    private readonly Dictionary<(YearMonth Month, string CrimeType), int> counts;
    private readonly HashSet<YearMonth> monthsWithData;

    internal PoliceUkCrimeCounts(
        Dictionary<(YearMonth Month, string CrimeType), int> counts,
        HashSet<YearMonth> monthsWithData,
        int rows,
        int malformedRows)
    {
        this.counts = counts;
        this.monthsWithData = monthsWithData;
        Rows = rows;
        MalformedRows = malformedRows;
        CrimeTypes = counts.Keys.Select(k => k.CrimeType).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (monthsWithData.Count == 0)
        {
            Months = [];
            MissingMonths = [];
            return;
        }

        var first = monthsWithData.Min();
        var last = monthsWithData.Max();
        var months = new List<YearMonth>();
        for (var m = first; m <= last; m = m.PlusMonths(1))
        {
            months.Add(m);
        }

        Months = months;
        MissingMonths = months.Where(m => !monthsWithData.Contains(m)).ToArray();
    }

    /// <summary>Every month from the first to the last month read, in order, including missing ones.</summary>
    public IReadOnlyList<YearMonth> Months { get; }

    /// <summary>Months between the first and last for which no data was read.</summary>
    public IReadOnlyList<YearMonth> MissingMonths { get; }

    /// <summary>The crime types seen, in ordinal order.</summary>
    public IReadOnlyList<string> CrimeTypes { get; }

    /// <summary>The number of rows counted.</summary>
    public int Rows { get; }

    /// <summary>The number of rows that could not be read (each has a finding).</summary>
    public int MalformedRows { get; }


    /// <summary>The count of <paramref name="crimeType"/> in <paramref name="month"/>: 0 when the month has data but no
    /// such crime, null when the month has no data.</summary>
    /// <param name="month">The month.</param>
    /// <param name="crimeType">The police.uk crime type as written in the files.</param>
    /// <returns>The count or null.</returns>
    public int? Count(YearMonth month, string crimeType) =>
        !monthsWithData.Contains(month) ? null : counts.GetValueOrDefault((month, crimeType));

    /// <summary>The monthly series of one crime type over <see cref="Months"/>.</summary>
    /// <param name="crimeType">The crime type.</param>
    /// <returns>One entry per month.</returns>
    public IReadOnlyList<MonthlyCrimeCount> Series(string crimeType)
    {
        ArgumentNullException.ThrowIfNull(crimeType);
        return Months.Select(m => new MonthlyCrimeCount(m, crimeType, Count(m, crimeType))).ToArray();
    }

    /// <summary>The monthly series of a group: the sum of its crime types, named after the group.</summary>
    /// <param name="group">The group.</param>
    /// <returns>One entry per month.</returns>
    public IReadOnlyList<MonthlyCrimeCount> Series(CrimeTypeGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return Months.Select(m => new MonthlyCrimeCount(
            m,
            group.Name,
            monthsWithData.Contains(m) ? group.CrimeTypes.Sum(t => counts.GetValueOrDefault((m, t))) : null)).ToArray();
    }

    /// <summary>Every crime type's series, month by month, crime types in ordinal order within a month.</summary>
    /// <returns>The counts.</returns>
    public IReadOnlyList<MonthlyCrimeCount> AllSeries() =>
        Months.SelectMany(m => CrimeTypes.Select(t => new MonthlyCrimeCount(m, t, Count(m, t)))).ToArray();
}
