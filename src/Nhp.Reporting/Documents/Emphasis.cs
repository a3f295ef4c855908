namespace Nhp.Reporting.Documents;

/// <summary>Emphasised text (italic), for example a quotation from a paper.</summary>
/// <param name="Text">The text.</param>
public sealed record Emphasis(string Text) : Inline
{
    /// <inheritdoc/>
    public override string PlainText => Text;
}
