namespace Nhp.Policing;

/// <summary>One unit of a policing model: a command, sector, hub or team, with its lead, roles and thematic areas. Immutable.</summary>
public sealed record PolicingUnit
{
    /// <summary>The unit's name, unique in the model, e.g. <c>East sector</c> or <c>Partnership and Prevention Hub</c>.</summary>
    public required string Name { get; init; }

    /// <summary>What kind of unit it is.</summary>
    public UnitKind Kind { get; init; } = UnitKind.Team;

    /// <summary>The sector the unit belongs to (one of the model's sectors), or null when it serves all sectors.</summary>
    public string? Sector { get; init; }

    /// <summary>The unit it reports to (another unit's name), or null at the top.</summary>
    public string? PartOf { get; init; }

    /// <summary>The post that leads the unit, e.g. <c>Chief Inspector</c>, or null.</summary>
    public string? Lead { get; init; }

    /// <summary>True when the unit is a taskable asset that can be moved where intelligence or demand dictates.</summary>
    public bool Taskable { get; init; }

    /// <summary>The thematic areas the unit covers, as written (e.g. a hub's five themes).</summary>
    public IReadOnlyList<string> Themes { get => themes; init => themes = value ?? []; }

    private readonly IReadOnlyList<string> themes = [];

    /// <summary>The roles in the unit with their establishment and strength.</summary>
    public IReadOnlyList<Staffing> Staffing { get => staffing; init => staffing = value ?? []; }

    private readonly IReadOnlyList<Staffing> staffing = [];

    /// <summary>What the paper says the unit does, as written, or null.</summary>
    public string? Description { get; init; }
}
