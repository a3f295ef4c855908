namespace Nhp.Reporting.Documents;

/// <summary>Plain text. Line breaks in it are kept as spaces in paragraphs and as breaks in table cells.</summary>
/// <param name="Text">The text, as written.</param>
public sealed record TextRun(string Text) : Inline
{
    /// <inheritdoc/>
    public override string PlainText => Text;
}
