namespace Nhp.Reporting.Documents;

/// <summary>A table column: its header and how its cells are aligned.</summary>
/// <param name="Header">The header text.</param>
/// <param name="Alignment">Text (left) or numeric (right).</param>
public sealed record TableColumn(string Header, ColumnAlignment Alignment = ColumnAlignment.Text)
{
    /// <summary>A numeric column.</summary>
    /// <param name="header">The header text.</param>
    /// <returns>The column.</returns>
    public static TableColumn Numeric(string header) => new(header, ColumnAlignment.Numeric);
}
