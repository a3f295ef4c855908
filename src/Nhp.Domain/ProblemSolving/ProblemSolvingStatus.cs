namespace Nhp.ProblemSolving;

/// <summary>Whether a problem-solving plan is still being worked.</summary>
public enum ProblemSolvingStatus
{
    /// <summary>Open: the problem is being worked.</summary>
    Open,

    /// <summary>Closed: the plan has ended (its evaluation says how it went).</summary>
    Closed,
}
