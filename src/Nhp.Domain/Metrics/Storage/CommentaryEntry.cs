namespace Nhp.Metrics.Storage;

/// <summary>One section of a measure's commentary in an <c>nhp-performance</c> file.</summary>
internal sealed record CommentaryEntry(string Heading, string Text);
