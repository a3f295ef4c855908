namespace Nhp.Reporting.Documents;

/// <summary>
/// A run of content inside a block: plain text, strong or emphasised text, code, a link or a RAG badge. Inlines hold
/// plain text only; each renderer escapes it for its format, so no caller can forget to.
/// </summary>
/// <remarks>Immutable. A string converts implicitly to a <see cref="TextRun"/>.</remarks>
public abstract record Inline
{
    private protected Inline()
    {
    }

    /// <summary>The inline's text as a reader sees it, without markup (a badge gives its text).</summary>
    public abstract string PlainText { get; }

    /// <summary>Plain text as an inline.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator Inline(string text) => new TextRun(text);

    /// <summary>Plain text as an inline (the named form of the implicit conversion).</summary>
    /// <param name="text">The text.</param>
    /// <returns>A <see cref="TextRun"/>.</returns>
    public static Inline FromString(string text) => new TextRun(text);
}
