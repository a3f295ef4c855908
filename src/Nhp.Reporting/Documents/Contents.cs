namespace Nhp.Reporting.Documents;

/// <summary>
/// A table of contents: a title and the entries of the document's headings down to <see cref="Levels"/>, each with the
/// page it starts on when the document is laid out in pages (a committee pack). Word writes a real table of contents
/// field (<c>TOC \o "1-n"</c>) holding these entries, which Word can update; HTML writes a navigation list, Markdown
/// and plain text a list.
/// </summary>
/// <param name="Title">The title shown above the entries ("Contents").</param>
/// <param name="Levels">The deepest heading level listed, from 1 to 6.</param>
/// <param name="Entries">The entries, in document order.</param>
public sealed record Contents(string Title, int Levels, IReadOnlyList<ContentsEntry> Entries) : Block
{
    /// <summary>The title.</summary>
    public string Title { get; } = !string.IsNullOrWhiteSpace(Title) ? Title : throw new ArgumentException("A table of contents needs a title.", nameof(Title));

    /// <summary>The deepest heading level listed.</summary>
    public int Levels { get; } = Levels is >= 1 and <= 6 ? Levels : throw new ArgumentOutOfRangeException(nameof(Levels), Levels, "Heading levels run from 1 to 6.");

    /// <summary>The entries, in document order.</summary>
    public IReadOnlyList<ContentsEntry> Entries { get; } = Entries ?? throw new ArgumentNullException(nameof(Entries));

    /// <inheritdoc/>
    public bool Equals(Contents? other) =>
        other is not null && Title == other.Title && Levels == other.Levels && Entries.SequenceEqual(other.Entries);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Title, Levels, Entries.Count);
}
