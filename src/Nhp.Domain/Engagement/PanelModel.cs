using NodaTime;

namespace Nhp.Engagement;

/// <summary>
/// How often cluster panels are meant to meet and who commits to attend: the standard a schedule is checked against.
/// Each force states its own; a dataset package supplies the model of its force.
/// Immutable; equality is by value.
/// </summary>
/// <remarks>
/// Panel years run for twelve months from <see cref="FirstYearStarts"/>; each year is split into
/// <see cref="MeetingsPerClusterPerYear"/> equal periods (six months each for two meetings), and each cluster is
/// expected to meet once in each period.
/// </remarks>
public sealed record PanelModel
{
    /// <summary>The month the model starts and the first panel year begins, e.g. November 2024.</summary>
    public required YearMonth FirstYearStarts { get; init; }

    /// <summary>How many meetings each cluster panel holds in a panel year.</summary>
    public required int MeetingsPerClusterPerYear { get; init; }

    /// <summary>How many cluster panel meetings a year the Corporation has committed to attend.</summary>
    public int CorporationMeetingsPerYear { get; init; }

    /// <summary>
    /// The name of the local authority whose departments are invited to every meeting, as a calendar entry names it;
    /// null when not stated.
    /// </summary>
    public string? CorporationName { get; init; }

    /// <summary>The local authority ("the Corporation") departments invited to every meeting.</summary>
    public IReadOnlyList<string> CorporationDepartments { get => corporationDepartments; init => corporationDepartments = value ?? []; }

    private readonly IReadOnlyList<string> corporationDepartments = [];

    /// <summary>How many City-wide business meetings are held each calendar year.</summary>
    public int CityWideBusinessMeetingsPerYear { get; init; }

    /// <summary>The first calendar year the City-wide business meetings are due, or null.</summary>
    public int? CityWideBusinessMeetingsFrom { get; init; }

    /// <summary>The month the pilot of the model ends, or null for no pilot.</summary>
    public YearMonth? PilotEnds { get; init; }

    /// <summary>
    /// How long a meeting is taken to last when it has no end time: used to find clashes and to end calendar entries.
    /// The papers give start times only, so this is configuration: 90 minutes unless stated (a length that is not
    /// positive, or none at all, also means 90 minutes).
    /// </summary>
    public Duration AssumedMeetingLength
    {
        get => assumedMeetingLength;
        init => assumedMeetingLength = value > Duration.Zero ? value : DefaultMeetingLength;
    }

    private static readonly Duration DefaultMeetingLength = Duration.FromMinutes(90);

    private readonly Duration assumedMeetingLength = DefaultMeetingLength;

    /// <summary>The panel year containing <paramref name="date"/>, or null when the date is before the model starts.</summary>
    /// <param name="date">A date.</param>
    /// <returns>The year's first and last days.</returns>
    public DateInterval? YearContaining(LocalDate date)
    {
        var first = FirstYearStarts.OnDayOfMonth(1);
        if (date < first)
        {
            return null;
        }

        var months = checked(((date.Year - first.Year) * 12) + date.Month - first.Month);
        var start = first.PlusMonths(months / 12 * 12);
        return new DateInterval(start, start.PlusYears(1).PlusDays(-1));
    }

    /// <summary>The periods a panel year is split into, one meeting per cluster expected in each.</summary>
    /// <param name="year">A panel year from <see cref="YearContaining"/>.</param>
    /// <returns>The periods, in order; the whole year when the meetings do not divide twelve months evenly.</returns>
    public IReadOnlyList<DateInterval> PeriodsOf(DateInterval year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var n = MeetingsPerClusterPerYear;
        if (n <= 1 || 12 % n != 0)
        {
            return [year];
        }

        var months = 12 / n;
        return Enumerable.Range(0, n)
            .Select(i => new DateInterval(year.Start.PlusMonths(i * months), year.Start.PlusMonths((i + 1) * months).PlusDays(-1)))
            .ToArray();
    }
}
