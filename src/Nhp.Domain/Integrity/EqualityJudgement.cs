namespace Nhp.Integrity;

/// <summary>How an equality field's completeness compares with the force's recording policy.</summary>
public enum EqualityJudgement
{
    /// <summary>No share is known, so nothing can be judged.</summary>
    NotMeasured = 0,

    /// <summary>The policy is to record it always and the share reaches the expected level.</summary>
    MeetsPolicy = 1,

    /// <summary>The policy is to record it always and the share falls short: a gap against policy.</summary>
    GapAgainstPolicy = 2,

    /// <summary>Recorded only where relevant: a low share is what the policy expects.</summary>
    RecordedWhereRelevant = 3,

    /// <summary>The system has no field: the gap is in the system, not in recording practice.</summary>
    NoFieldInSystem = 4,
}
