namespace Nhp.Governance.Tables;

/// <summary>What <see cref="TextTableReader"/> cannot tell from the text: the table's id, title and the names of its two dimensions.</summary>
public sealed record TextTableOptions
{
    /// <summary>The id to give the table, e.g. <c>victims-by-age</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The title to give the table.</summary>
    public required string Title { get; init; }

    /// <summary>What the rows classify by, e.g. <c>Sex</c>.</summary>
    public required string RowDimension { get; init; }

    /// <summary>What the columns classify by, e.g. <c>Age band</c>.</summary>
    public required string ColumnDimension { get; init; }

    /// <summary>The cell separator; a tab by default, as a table copied from a document gives.</summary>
    public char Separator { get; init; } = '\t';

    /// <summary>The label of a totals row or column (compared ignoring case); <c>TOTAL</c> by default.</summary>
    public string TotalLabel { get; init; } = "TOTAL";
}
