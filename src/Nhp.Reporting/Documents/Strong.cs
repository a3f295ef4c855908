namespace Nhp.Reporting.Documents;

/// <summary>Text that matters more than what surrounds it (bold).</summary>
/// <param name="Text">The text.</param>
public sealed record Strong(string Text) : Inline
{
    /// <inheritdoc/>
    public override string PlainText => Text;
}
