namespace Nhp.Integrity;

/// <summary>What a force's policy says about recording an equality field, so a gap is judged against the policy.</summary>
public enum EqualityRecordingPolicy
{
    /// <summary>The field is to be recorded for every victim; a gap is a recording failure.</summary>
    Always = 0,

    /// <summary>
    /// The field is recorded only where it is relevant (for example religion only where it aggravates a hate crime); a
    /// low share is expected and is not judged as a gap.
    /// </summary>
    OnlyWhereRelevant = 1,

    /// <summary>The records system has no field for it, so nothing can be recorded; a gap in the system, not in practice.</summary>
    NoField = 2,
}
