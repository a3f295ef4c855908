namespace Nhp.Reporting.Documents;

/// <summary>One entry of a <see cref="Contents"/>: a heading's level and text, and the page it starts on, if known.</summary>
/// <param name="Level">The heading's level, from 1.</param>
/// <param name="Text">The heading's text.</param>
/// <param name="Page">The page the heading is on, or none when the document is not laid out in pages.</param>
public sealed record ContentsEntry(int Level, string Text, int? Page = null);
