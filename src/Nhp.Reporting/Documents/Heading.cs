namespace Nhp.Reporting.Documents;

/// <summary>A section heading. Level 2 is a section of the document, 3 a subsection (the document's title is level 1).</summary>
/// <param name="Level">From 2 to 6.</param>
/// <param name="Content">The heading's text.</param>
public sealed record Heading(int Level, IReadOnlyList<Inline> Content) : Block
{
    /// <summary>The level, checked: headings below the title go from 2 to 6.</summary>
    public int Level { get; } = Level is >= 2 and <= 6 ? Level : throw new ArgumentOutOfRangeException(nameof(Level), Level, "A heading's level is from 2 to 6; level 1 is the document's title.");
}
