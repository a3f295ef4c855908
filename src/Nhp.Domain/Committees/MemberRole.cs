namespace Nhp.Committees;

/// <summary>A member's role on a committee, as the pack's list of members marks it.</summary>
public enum MemberRole
{
    /// <summary>A member.</summary>
    Member,

    /// <summary>"(Chair)".</summary>
    Chair,

    /// <summary>"(Deputy Chair)".</summary>
    DeputyChair,

    /// <summary>"(External Member)": a co-opted member who is not an elected Member.</summary>
    ExternalMember,
}
