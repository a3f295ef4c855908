namespace Nhp.Reporting.Documents;

/// <summary>
/// A report as a format-free tree: a title, an optional line under it, and blocks. Every report builds one, and one
/// renderer per format (<see cref="Rendering.MarkdownRenderer"/>, <see cref="Rendering.HtmlRenderer"/>,
/// <see cref="Rendering.PlainTextRenderer"/>) writes any document, so every report exists in every format with
/// the same content.
/// </summary>
/// <remarks>Immutable. Build one with <see cref="DocumentBuilder"/>.</remarks>
/// <param name="Title">The document's title (level 1).</param>
/// <param name="Subtitle">A line under the title (for example the force and the date), or empty.</param>
/// <param name="Blocks">The content, in order.</param>
[Nhp.Reporting.Display.TypeFormatterSource(typeof(Nhp.Reporting.Display.NotebookFormatterSource))]
public sealed record Document(string Title, IReadOnlyList<Inline> Subtitle, IReadOnlyList<Block> Blocks);
