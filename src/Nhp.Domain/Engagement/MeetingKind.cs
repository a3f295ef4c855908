namespace Nhp.Engagement;

/// <summary>What kind of public meeting a <see cref="PanelMeeting"/> is.</summary>
public enum MeetingKind
{
    /// <summary>A cluster panel for one cluster of wards.</summary>
    ClusterPanel,

    /// <summary>A City-wide meeting for the business community.</summary>
    CityWideBusiness,
}
