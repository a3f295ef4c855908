namespace Nhp.Engagement;

/// <summary>Who an engagement event is for.</summary>
public enum Audience
{
    /// <summary>People who live in the area.</summary>
    Residents,

    /// <summary>People who work in the area, and businesses.</summary>
    Workers,

    /// <summary>Visitors.</summary>
    Visitors,

    /// <summary>Someone else, described by the event's audience note (e.g. students, school pupils).</summary>
    Other,
}
