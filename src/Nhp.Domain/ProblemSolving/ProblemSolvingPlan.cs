using System.Text.Json.Serialization;
using NodaTime;

namespace Nhp.ProblemSolving;

/// <summary>
/// One problem-solving plan (SARA or OSARA): the problem, where it is, who owns it and works on it, what each stage
/// records, when it was reviewed, and how its impact was evaluated. Immutable; text is kept as written.
/// </summary>
public sealed record ProblemSolvingPlan
{
    /// <summary>The plan's reference, unique in its register (e.g. <c>PS-2024-07</c>).</summary>
    public required string Reference { get; init; }

    /// <summary>The problem in a few words, as written (e.g. <c>Cycle theft around the station</c>).</summary>
    public required string Title { get; init; }

    /// <summary>The method the plan follows; SARA when not given.</summary>
    public ProblemSolvingMethod Method { get; init; } = ProblemSolvingMethod.Sara;

    /// <summary>Where the problem is: a ward, cluster, sector or place name as written; null when not given.</summary>
    public string? Area { get; init; }

    /// <summary>The crime or incident types the problem concerns, as written.</summary>
    public IReadOnlyList<string> CrimeTypes { get => crimeTypes; init => crimeTypes = value ?? []; }

    private readonly IReadOnlyList<string> crimeTypes = [];

    /// <summary>The person or post accountable for the plan, or null when none is named.</summary>
    public string? Owner { get; init; }

    /// <summary>The partners working on the plan, as written.</summary>
    public IReadOnlyList<string> Partners { get => partners; init => partners = value ?? []; }

    private readonly IReadOnlyList<string> partners = [];

    /// <summary>The date the plan was opened, or null when not recorded.</summary>
    public LocalDate? Opened { get; init; }

    /// <summary>What each stage records, in the order written; a stage not yet reached is absent.</summary>
    public IReadOnlyList<StageRecord> Stages { get => stages; init => stages = value ?? []; }

    private readonly IReadOnlyList<StageRecord> stages = [];

    /// <summary>The dates the plan was reviewed (by a supervisor or tasking meeting).</summary>
    public IReadOnlyList<LocalDate> Reviews { get => reviews; init => reviews = value ?? []; }

    private readonly IReadOnlyList<LocalDate> reviews = [];

    /// <summary>Whether the plan is open or closed.</summary>
    public ProblemSolvingStatus Status { get; init; } = ProblemSolvingStatus.Open;

    /// <summary>The date the plan was closed, or null when it is open or the date was not recorded.</summary>
    public LocalDate? Closed { get; init; }

    /// <summary>The evaluation of the plan's impact, as written, or null when none is recorded.</summary>
    public string? Evaluation { get; init; }

    /// <summary>Lessons recorded for sharing good practice, as written, or null when none are.</summary>
    public string? Lessons { get; init; }

    /// <summary>The stages <paramref name="method"/> has, in order.</summary>
    /// <param name="method">The method.</param>
    /// <returns>Scanning to Assessment, with Objective first for OSARA.</returns>
    public static IReadOnlyList<ProblemSolvingStage> StagesOf(ProblemSolvingMethod method) => method == ProblemSolvingMethod.Osara
        ? [ProblemSolvingStage.Objective, ProblemSolvingStage.Scanning, ProblemSolvingStage.Analysis, ProblemSolvingStage.Response, ProblemSolvingStage.Assessment]
        : [ProblemSolvingStage.Scanning, ProblemSolvingStage.Analysis, ProblemSolvingStage.Response, ProblemSolvingStage.Assessment];

    /// <summary>The record of <paramref name="stage"/>, or null when the plan has not reached it.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The last record of that stage, or null.</returns>
    public StageRecord? Stage(ProblemSolvingStage stage) => Stages.LastOrDefault(s => s.Stage == stage);

    /// <summary>The furthest stage the plan records, or null when it records none.</summary>
    [JsonIgnore]
    public ProblemSolvingStage? CurrentStage => Stages.Count == 0 ? null : Stages.Max(s => s.Stage);

    /// <summary>The latest review date, else the opening date, else null: the date the next review is counted from.</summary>
    [JsonIgnore]
    public LocalDate? LastReviewed => Reviews.Count > 0 ? Reviews.Max() : Opened;

    /// <summary>
    /// When the next review falls due: <paramref name="reviewEveryMonths"/> months after <see cref="LastReviewed"/>;
    /// null for a closed plan or when the plan has neither a review nor an opening date.
    /// </summary>
    /// <param name="reviewEveryMonths">How often plans are to be reviewed, in months (at least 1).</param>
    /// <returns>The due date, or null.</returns>
    public LocalDate? NextReviewDue(int reviewEveryMonths)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(reviewEveryMonths, 1);
        return Status == ProblemSolvingStatus.Closed || LastReviewed is not { } last ? null : last.PlusMonths(reviewEveryMonths);
    }

    /// <summary>Whether the plan's next review (see <see cref="NextReviewDue"/>) is before <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The date to judge at.</param>
    /// <param name="reviewEveryMonths">How often plans are to be reviewed, in months.</param>
    /// <returns>True when a review is overdue.</returns>
    public bool IsReviewOverdue(LocalDate asOf, int reviewEveryMonths) => NextReviewDue(reviewEveryMonths) is { } due && due < asOf;
}
