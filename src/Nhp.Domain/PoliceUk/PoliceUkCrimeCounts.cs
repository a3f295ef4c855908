using NodaTime;

namespace Nhp.PoliceUk;

/// <summary>
/// Monthly counts of police.uk street-level crimes by crime type, with the months that had no data and the rows that
/// could not be read (the findings about them are on the <see cref="Importing.ImportResult{T}"/> that <see cref="PoliceUkCrimeReader"/> returns). Immutable.
/// </summary>
public sealed class PoliceUkCrimeCounts
{
    // Months are MonthIndex integers (see MonthIndex).
    private readonly Dictionary<CountKey, int> counts;
    private readonly HashSet<int> monthsWithData;
    private readonly int firstMonth;
    private readonly YearMonth[] monthArray = [];

    internal PoliceUkCrimeCounts(
        Dictionary<CountKey, int> counts,
        HashSet<int> monthsWithData,
        int rows,
        int malformedRows)
    {
        this.counts = counts;
        this.monthsWithData = monthsWithData;
        Rows = rows;
        MalformedRows = malformedRows;
        var types = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var key in counts.Keys)
        {
            types.Add(key.CrimeType);
        }

        CrimeTypes = [.. types];
        if (monthsWithData.Count == 0)
        {
            Months = monthArray;
            MissingMonths = monthArray;
            return;
        }

        int first = int.MaxValue, last = int.MinValue;
        foreach (var m in monthsWithData)
        {
            first = Math.Min(first, m);
            last = Math.Max(last, m);
        }

        firstMonth = first;
        var months = new YearMonth[last - first + 1];
        var missing = new YearMonth[months.Length - monthsWithData.Count];
        var n = 0;
        for (var m = first; m <= last; m++)
        {
            months[m - first] = MonthIndex.ToYearMonth(m);
            if (!monthsWithData.Contains(m))
            {
                missing[n++] = months[m - first];
            }
        }

        monthArray = months;
        Months = months;
        MissingMonths = missing;
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
    public int? Count(YearMonth month, string crimeType) => Count(MonthIndex.Of(month), crimeType);

    /// <summary>The monthly series of one crime type over <see cref="Months"/>.</summary>
    /// <param name="crimeType">The crime type.</param>
    /// <returns>One entry per month.</returns>
    public IReadOnlyList<MonthlyCrimeCount> Series(string crimeType)
    {
        ArgumentNullException.ThrowIfNull(crimeType);
        var series = new MonthlyCrimeCount[monthArray.Length];
        for (var i = 0; i < series.Length; i++)
        {
            series[i] = new MonthlyCrimeCount(monthArray[i], crimeType, Count(firstMonth + i, crimeType));
        }

        return series;
    }

    /// <summary>The monthly series of a group: the sum of its crime types, named after the group.</summary>
    /// <param name="group">The group.</param>
    /// <returns>One entry per month.</returns>
    public IReadOnlyList<MonthlyCrimeCount> Series(CrimeTypeGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var series = new MonthlyCrimeCount[monthArray.Length];
        for (var i = 0; i < series.Length; i++)
        {
            int? sum = null;
            if (monthsWithData.Contains(firstMonth + i))
            {
                sum = 0;
                foreach (var type in group.CrimeTypes)
                {
                    sum += counts.TryGetValue(new CountKey(firstMonth + i, type), out var count) ? count : 0;
                }
            }

            series[i] = new MonthlyCrimeCount(monthArray[i], group.Name, sum);
        }

        return series;
    }

    /// <summary>Every crime type's series, month by month, crime types in ordinal order within a month.</summary>
    /// <returns>The counts.</returns>
    public IReadOnlyList<MonthlyCrimeCount> AllSeries()
    {
        var series = new MonthlyCrimeCount[monthArray.Length * CrimeTypes.Count];
        var n = 0;
        for (var i = 0; i < monthArray.Length; i++)
        {
            foreach (var type in CrimeTypes)
            {
                series[n++] = new MonthlyCrimeCount(monthArray[i], type, Count(firstMonth + i, type));
            }
        }

        return series;
    }

    private int? Count(int month, string crimeType) =>
        !monthsWithData.Contains(month) ? null : counts.TryGetValue(new CountKey(month, crimeType), out var count) ? count : 0;
}
