namespace Nhp.Engagement;

/// <summary>Whether a "you said, we did" item is still being worked on.</summary>
public enum ActionStatus
{
    /// <summary>Still open.</summary>
    Open,

    /// <summary>Done and reported back.</summary>
    Closed,
}
