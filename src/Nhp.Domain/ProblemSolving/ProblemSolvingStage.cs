namespace Nhp.ProblemSolving;

/// <summary>A stage of a SARA or OSARA problem-solving plan, in the order the stages are worked.</summary>
public enum ProblemSolvingStage
{
    /// <summary>The objective: what the plan sets out to achieve (OSARA only).</summary>
    Objective,

    /// <summary>Scanning: identifying and describing the problem.</summary>
    Scanning,

    /// <summary>Analysis: establishing the causes of the problem.</summary>
    Analysis,

    /// <summary>Response: what is done about it, with partners.</summary>
    Response,

    /// <summary>Assessment: whether the response worked (evaluation of impact).</summary>
    Assessment,
}
