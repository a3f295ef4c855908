namespace Nhp.Engagement;

/// <summary>Whose responsibility a topic raised at a meeting is.</summary>
public enum Remit
{
    /// <summary>The police.</summary>
    Police,

    /// <summary>The Corporation (the local authority).</summary>
    Corporation,

    /// <summary>Both the police and the Corporation.</summary>
    Both,

    /// <summary>Someone else.</summary>
    Other,
}
