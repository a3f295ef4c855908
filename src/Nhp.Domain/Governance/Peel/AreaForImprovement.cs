using Nhp.Delivery;
using Nhp.Governance.Inspections;

namespace Nhp.Governance.Peel;

/// <summary>
/// One area for improvement (AFI), or recommendation, that an inspection gave a force, as an update paper prints it:
/// its words, the points printed under it, the numbered paragraphs of progress, and what a user links it to (actions
/// of the force's register, deliverables of its delivery plan). Links are data the user gives; nothing is inferred
/// from the wording. Immutable.
/// </summary>
public sealed record AreaForImprovement
{
    /// <summary>A short id, unique within the update (e.g. <c>afi-01</c>), by which findings name the area.</summary>
    public required string Id { get; init; }

    /// <summary>Area for improvement (the default) or recommendation.</summary>
    public AfiKind Kind { get; init; }

    /// <summary>The label printed before the text (e.g. <c>Area for improvement</c>, <c>Regional Recommendation</c>), or null when none was printed.</summary>
    public string? Label { get; init; }

    /// <summary>The heading of the part of the paper it is under (e.g. <c>Preventing crime and anti-social behaviour</c>), or null.</summary>
    public string? Heading { get; init; }

    /// <summary>The area's words as printed.</summary>
    public required string Text { get; init; }

    /// <summary>Points printed under the area (an area that covers several things lists them), verbatim; empty when none.</summary>
    public IReadOnlyList<string> Points { get => points; init => points = value ?? []; }

    /// <summary>The paragraphs of progress printed under it, in printed order; empty when the paper says nothing about it.</summary>
    public IReadOnlyList<ProgressParagraph> Progress { get => progress; init => progress = value ?? []; }

    /// <summary>Words the paper prints about this area's status (e.g. <c>CoLP has met the requirements of this area of improvement</c>), or null.</summary>
    public string? Status { get; init; }

    /// <summary>The ids of the register actions (<see cref="InspectionAction.Id"/>) that track this area; empty when none are linked.</summary>
    public IReadOnlyList<string> Actions { get => actions; init => actions = value ?? []; }

    /// <summary>The delivery plan deliverables a user links to this area (work on the same subject); empty when none are linked.</summary>
    public IReadOnlyList<DeliverableCode> Deliverables { get => deliverables; init => deliverables = value ?? []; }

    private readonly IReadOnlyList<string> points = [];
    private readonly IReadOnlyList<ProgressParagraph> progress = [];
    private readonly IReadOnlyList<string> actions = [];
    private readonly IReadOnlyList<DeliverableCode> deliverables = [];
}
