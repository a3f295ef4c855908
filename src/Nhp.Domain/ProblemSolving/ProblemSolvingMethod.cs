namespace Nhp.ProblemSolving;

/// <summary>The problem-solving method a plan follows; it decides which stages the plan has.</summary>
public enum ProblemSolvingMethod
{
    /// <summary>SARA: Scanning, Analysis, Response, Assessment.</summary>
    Sara,

    /// <summary>OSARA: an Objective first, then Scanning, Analysis, Response, Assessment (used for long-term initiatives).</summary>
    Osara,
}
