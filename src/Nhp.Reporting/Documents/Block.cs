namespace Nhp.Reporting.Documents;

/// <summary>
/// One part of a <see cref="Document"/>: a heading, paragraph, list, table, finding list, figure, note or sources.
/// Blocks know no format; the renderers in <see cref="Rendering"/> write them.
/// </summary>
/// <remarks>Immutable.</remarks>
public abstract record Block
{
    private protected Block()
    {
    }
}
