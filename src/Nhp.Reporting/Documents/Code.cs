namespace Nhp.Reporting.Documents;

/// <summary>Text a reader may type or search for: a rule id, a file name, a code.</summary>
/// <param name="Text">The text.</param>
public sealed record Code(string Text) : Inline
{
    /// <inheritdoc/>
    public override string PlainText => Text;
}
