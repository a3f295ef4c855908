namespace Nhp.Engagement;

/// <summary>Who organised an engagement event.</summary>
public enum Organiser
{
    /// <summary>The police force.</summary>
    Police,

    /// <summary>The Police Authority.</summary>
    PoliceAuthority,

    /// <summary>The Corporation (the local authority).</summary>
    Corporation,
}
