namespace Nhp.Reporting.Documents;

/// <summary>How a table column's cells are aligned.</summary>
public enum ColumnAlignment
{
    /// <summary>Text: aligned to the left.</summary>
    Text = 0,

    /// <summary>Numbers: aligned to the right, with figures of equal width, so that digits line up.</summary>
    Numeric = 1,
}
