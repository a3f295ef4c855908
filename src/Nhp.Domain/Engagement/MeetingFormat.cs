namespace Nhp.Engagement;

/// <summary>How a meeting is held.</summary>
public enum MeetingFormat
{
    /// <summary>In a room only (the papers print <c>In-person</c>).</summary>
    InPerson,

    /// <summary>In a room and online (e.g. a Teams link).</summary>
    Hybrid,

    /// <summary>Online only.</summary>
    Online,
}
