using NodaTime;

namespace Nhp.ProblemSolving;

/// <summary>What a plan records for one stage: the text as written and the date it was recorded. Immutable.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Text">The stage's text as written in the plan; kept verbatim.</param>
/// <param name="Date">When the stage was recorded or completed, or null when the plan does not say.</param>
public sealed record StageRecord(ProblemSolvingStage Stage, string Text, LocalDate? Date = null);
