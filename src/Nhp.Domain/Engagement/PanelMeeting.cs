using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Nhp.Engagement;

/// <summary>
/// One public meeting: a cluster panel, or a City-wide business meeting. Times are local to the area (Europe/London
/// for UK forces). Whether it has been held is judged against the data's as-of date (<see cref="IsHeld"/>). Immutable;
/// lists compare by reference.
/// </summary>
public sealed record PanelMeeting
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>A stable id the user may give (used as the calendar UID); null to derive one from date, time and cluster.</summary>
    public string? Id { get; init; }

    /// <summary>Whether this is a cluster panel or a City-wide business meeting.</summary>
    public MeetingKind Kind { get; init; } = MeetingKind.ClusterPanel;

    /// <summary>The cluster's name, for a cluster panel; null for a City-wide meeting.</summary>
    public string? Cluster { get; init; }

    /// <summary>The meeting's name as printed in the source (e.g. <c>High St Cluster Panel</c>), kept verbatim; null when not from a paper.</summary>
    public string? Title { get; init; }

    /// <summary>The day of the meeting.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>The start time, local.</summary>
    public required LocalTime Start { get; init; }

    /// <summary>The end time, local, when known; otherwise the model's assumed meeting length applies.</summary>
    public LocalTime? End { get; init; }

    /// <summary>Where it is held, as printed.</summary>
    public required string Venue { get; init; }

    /// <summary>In person, hybrid or online.</summary>
    public required MeetingFormat Format { get; init; }

    /// <summary>True when the meeting was cancelled; it then counts for nothing.</summary>
    public bool Cancelled { get; init; }

    /// <summary>The officers due to attend (e.g. the cluster's Dedicated Ward Officers), used to find clashes.</summary>
    public IReadOnlyList<string> Officers { get => officers; init => officers = value ?? []; }

    private readonly IReadOnlyList<string> officers = [];

    /// <summary>Whether the Corporation attended; null when not recorded (or not yet held).</summary>
    public bool? CorporationAttended { get; init; }

    /// <summary>The Corporation departments that attended.</summary>
    public IReadOnlyList<string> CorporationDepartments { get => corporationDepartments; init => corporationDepartments = value ?? []; }

    private readonly IReadOnlyList<string> corporationDepartments = [];

    /// <summary>How many members of the public attended, once held; null when not recorded.</summary>
    public int? Attendees { get; init; }

    /// <summary>The topics the public raised.</summary>
    public IReadOnlyList<MeetingTopic> Topics { get => topics; init => topics = value ?? []; }

    private readonly IReadOnlyList<MeetingTopic> topics = [];

    /// <summary>The "you said, we did" log for issues raised at this meeting.</summary>
    public IReadOnlyList<YouSaidWeDid> YouSaidWeDid { get => youSaidWeDid; init => youSaidWeDid = value ?? []; }

    private readonly IReadOnlyList<YouSaidWeDid> youSaidWeDid = [];

    /// <summary>
    /// Whether the meeting has taken place by <paramref name="asOf"/>: not cancelled, and either dated before it or
    /// with an attendance already recorded.
    /// </summary>
    /// <param name="asOf">The date the data is correct at.</param>
    /// <returns>True when held.</returns>
    public bool IsHeld(LocalDate asOf) => !Cancelled && (Date < asOf || Attendees is not null);

    /// <summary>
    /// The end time in Europe/London, where meetings are held: <see cref="End"/>, or the start plus
    /// <paramref name="assumedLength"/> of elapsed time (see <see cref="EndsAt(Duration, DateTimeZone)"/>).
    /// </summary>
    /// <param name="assumedLength">The model's assumed meeting length.</param>
    /// <returns>The local end date and time.</returns>
    public LocalDateTime EndsAt(Duration assumedLength) => EndsAt(assumedLength, London);

    /// <summary>
    /// The end time: <see cref="End"/>, or the start plus <paramref name="assumedLength"/> of elapsed time in
    /// <paramref name="zone"/>, so a two-hour meeting starting at 01:00 on the night the clocks go back ends at
    /// 02:00 local time (two real hours later), not at 03:00.
    /// </summary>
    /// <param name="assumedLength">The model's assumed meeting length.</param>
    /// <param name="zone">The zone the meeting's local times are in.</param>
    /// <returns>The local end date and time.</returns>
    public LocalDateTime EndsAt(Duration assumedLength, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return End is { } end && end > Start
            ? Date.At(end)
            : Date.At(Start).InZoneLeniently(zone).Plus(assumedLength).LocalDateTime;
    }

    /// <summary>A short label for findings and headings: <c>North 2024-11-06 13:00</c> or <c>City-wide 2025-03-04 08:30</c>.</summary>
    /// <returns>The label, culture-invariant.</returns>
    public string Label() =>
        (Kind == MeetingKind.CityWideBusiness ? "City-wide" : Cluster ?? "(no cluster)") + " "
        + LocalDatePattern.Iso.Format(Date) + " " + LocalTimePattern.CreateWithInvariantCulture("HH:mm").Format(Start);

    /// <summary>The cluster name or <c>City-wide business meeting</c>, for display.</summary>
    /// <returns>The name.</returns>
    public string Group() => Kind == MeetingKind.CityWideBusiness ? "City-wide business meeting" : Cluster ?? "(no cluster)";

    /// <summary>The meeting described for a sentence: <c>North cluster panel</c> or <c>City-wide business meeting</c>.</summary>
    internal string Describe() => Kind == MeetingKind.CityWideBusiness ? "City-wide business meeting" : $"{Cluster ?? "(no cluster)"} cluster panel";

    internal static string Hhmm(LocalTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
