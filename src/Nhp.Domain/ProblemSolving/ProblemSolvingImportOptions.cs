using NodaTime;

namespace Nhp.ProblemSolving;

/// <summary>
/// What a table of plans (CSV or a spreadsheet) does not carry and a register needs: the date it is judged at, how
/// often plans are to be reviewed, and a name. Immutable.
/// </summary>
public sealed record ProblemSolvingImportOptions
{
    /// <summary>The date the register is correct at (<see cref="ProblemSolvingRegister.AsOf"/>).</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>How often an open plan is to be reviewed, in months, 1 to 120; <see cref="ProblemSolvingRegister.DefaultReviewEveryMonths"/> unless set.</summary>
    public int ReviewEveryMonths { get; init; } = ProblemSolvingRegister.DefaultReviewEveryMonths;

    /// <summary>A name for the register, or null.</summary>
    public string? Name { get; init; }
}
