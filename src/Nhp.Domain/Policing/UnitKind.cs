namespace Nhp.Policing;

/// <summary>What kind of unit of the policing model a unit is.</summary>
public enum UnitKind
{
    /// <summary>The command over the whole model (e.g. local policing under a superintendent).</summary>
    Command,

    /// <summary>A geographical sector with its own lead (e.g. East, West).</summary>
    Sector,

    /// <summary>A hub serving the sectors (e.g. a partnership and prevention hub).</summary>
    Hub,

    /// <summary>A team: dedicated ward officers, a tasking team, a proactive crime team, PCSOs.</summary>
    Team,
}
