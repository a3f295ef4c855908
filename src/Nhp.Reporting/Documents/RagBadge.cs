using Nhp.Delivery;

namespace Nhp.Reporting.Documents;

/// <summary>
/// A RAG status shown as a coloured badge: <see cref="Level"/> names the level of a RAG scheme (<c>GREEN</c>,
/// <c>Amber/Green</c>, …), which picks the colours from the renderer's <see cref="Rendering.RagPalette"/>;
/// <see cref="Text"/> is what the badge says (the level by default, or for example an arrow and the level).
/// </summary>
/// <remarks>Formats without colour (Markdown, plain text) write the text; the word is always there, so colour is never the only signal.</remarks>
public sealed record RagBadge : Inline
{
    /// <summary>Creates a badge.</summary>
    /// <param name="level">The scheme level's label (case-insensitive), for example <c>GREEN</c>.</param>
    /// <param name="text">What the badge says; the level when null.</param>
    public RagBadge(string level, string? text = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(level);
        Level = level;
        Text = text ?? level;
    }

    /// <summary>The level's label in its RAG scheme.</summary>
    public string Level { get; }

    /// <summary>What the badge says.</summary>
    public string Text { get; }

    /// <inheritdoc/>
    public override string PlainText => Text;

    /// <summary>The badge of a delivery plan status: GREEN, AMBER, RED or NOT RATED, in the plan key's words.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The badge.</returns>
    public static RagBadge For(RagStatus status) => new(RagKey.Word(status));
}
