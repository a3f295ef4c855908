using Nhp.Findings;

namespace Nhp.Governance.References;

/// <summary>
/// One of a committee's outstanding references: an action agreed at a meeting, as the list prints it (reference,
/// meeting and item, action, owner, status), with the reference and status understood. Immutable.
/// </summary>
public sealed record OutstandingReference
{
    /// <summary>The reference as printed (<c>10/2023/ P</c>).</summary>
    public required string ReferenceText { get; init; }

    /// <summary>The reference understood, or null when the text is not one.</summary>
    public ReferenceNumber? Reference { get; init; }

    /// <summary>The meeting and item as printed (<c>5 September Item 5- Policing Plan Performance Q1</c>).</summary>
    public required string Meeting { get; init; }

    /// <summary>What was agreed, as printed.</summary>
    public required string Action { get; init; }

    /// <summary>Who owns it, or null when the list names nobody.</summary>
    public string? Owner { get; init; }

    /// <summary>The status as written and understood.</summary>
    public required ReferenceStatus Status { get; init; }

    /// <summary>Where the reference was read, when imported.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>The reference as the list should print it: the understood form, or the text as printed.</summary>
    public string Key => Reference?.ToString() ?? ReferenceText.Trim();
}
