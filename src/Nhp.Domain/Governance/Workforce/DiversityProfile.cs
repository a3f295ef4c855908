using Nhp.Delivery;
using NodaTime;

namespace Nhp.Governance.Workforce;

/// <summary>
/// The make-up of a group of people by characteristic (a workforce's HR diversity data, or the census figures of the
/// population it serves), each figure kept as printed. Immutable.
/// </summary>
public sealed record DiversityProfile
{
    /// <summary>What the profile describes, e.g. <c>'P&amp;P teams' officers and staff</c> or <c>Usual residents, Census 2021</c>.</summary>
    public required string Title { get; init; }

    /// <summary>Where the figures were taken from, e.g. <c>Census 2021 (ONS), tables TS021 and TS007A</c>, or null.</summary>
    public string? Source { get; init; }

    /// <summary>The date the figures describe, or null when not known.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>The date as printed (e.g. <c>January 2024</c>), or null to word <see cref="AsOf"/>.</summary>
    public string? AsOfText { get; init; }

    /// <summary>The figures as printed, verbatim, when they came as one text (a plan's summary cell), or null.</summary>
    public string? Text { get; init; }

    /// <summary>The delivery plan deliverable the figures are reported under (e.g. <c>4.14</c>), or null.</summary>
    public DeliverableCode? Deliverable { get; init; }

    /// <summary>The characteristics, in printed order; names unique ignoring case.</summary>
    public IReadOnlyList<ProfileCharacteristic> Characteristics { get => characteristics; init => characteristics = value ?? []; }

    private readonly IReadOnlyList<ProfileCharacteristic> characteristics = [];

    /// <summary>The characteristic named <paramref name="name"/> (ignoring case and outer spaces), or null.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The characteristic or null.</returns>
    public ProfileCharacteristic? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Characteristics.FirstOrDefault(c => string.Equals(c.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
