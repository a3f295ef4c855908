namespace Nhp.Governance.Peel;

/// <summary>
/// One paragraph of progress a paper reports under an area for improvement, with its paragraph number as printed.
/// Immutable; equality is by value.
/// </summary>
public sealed record ProgressParagraph
{
    /// <summary>The paragraph's number as printed (<c>4</c> for "4. Internal governance…"), or null when the paper (or its export) printed none.</summary>
    public int? Number { get; init; }

    /// <summary>The paragraph as printed, without its number.</summary>
    public required string Text { get; init; }
}
