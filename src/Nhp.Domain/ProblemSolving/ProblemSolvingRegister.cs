using NodaTime;

namespace Nhp.ProblemSolving;

/// <summary>
/// A force's (or a team's) register of problem-solving plans at a date, with how often plans are to be reviewed.
/// The input of the <c>problem-solving</c> report and of <see cref="ProblemSolvingRules"/>. Immutable.
/// </summary>
public sealed record ProblemSolvingRegister
{
    /// <summary>The default review period, in months: plans are to be reviewed at least once a quarter.</summary>
    public const int DefaultReviewEveryMonths = 3;

    /// <summary>A name for the register, e.g. <c>Neighbourhood problem-solving plans</c>; null when not given.</summary>
    public string? Name { get; init; }

    /// <summary>The date the register is correct at; reviews and overdue plans are judged at this date, never the clock.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>How often an open plan is to be reviewed, in months; <see cref="DefaultReviewEveryMonths"/> unless set.</summary>
    public int ReviewEveryMonths { get; init; } = DefaultReviewEveryMonths;

    /// <summary>The plans, in register order.</summary>
    public IReadOnlyList<ProblemSolvingPlan> Plans { get => plans; init => plans = value ?? []; }

    private readonly IReadOnlyList<ProblemSolvingPlan> plans = [];
}
