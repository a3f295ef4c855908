namespace Nhp.Findings;

/// <summary>How much a <see cref="Finding"/> matters. Ordered: <see cref="Info"/> &lt; <see cref="Warning"/> &lt; <see cref="Error"/>.</summary>
public enum Severity
{
    /// <summary>Worth knowing; nothing needs to change.</summary>
    Info = 0,

    /// <summary>Probably needs attention, but the data can still be reported.</summary>
    Warning = 1,

    /// <summary>The data is wrong or unusable as it stands and must be corrected.</summary>
    Error = 2,
}
