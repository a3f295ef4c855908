using Nhp.Findings;
using Nhp.Rules;
using Nhp.Serialization;

namespace Nhp.ProblemSolving;

/// <summary>
/// The ids and descriptors of the findings the register readers make: <see cref="ProblemSolvingJson"/> (the stored
/// format) and <see cref="ProblemSolvingTable"/> (a table of plans from CSV or a spreadsheet).
/// </summary>
public static class ProblemSolvingImportRules
{
    /// <summary>Info: the file has no format and version, so it was read as version 1.</summary>
    public const string FormatMissing = "problem-solving.import.format-missing";

    /// <summary>Warning: a top-level property the format does not define was ignored.</summary>
    public const string PropertyUnknown = "problem-solving.import.property-unknown";

    /// <summary>Error: a plan could not be read and was left out.</summary>
    public const string ItemInvalid = "problem-solving.import.item-invalid";

    /// <summary>Error: a top-level value could not be read, so nothing was imported.</summary>
    public const string ValueInvalid = "problem-solving.import.value-invalid";

    /// <summary>Error: <c>asOf</c> is missing, so nothing was imported.</summary>
    public const string RequiredMissing = "problem-solving.import.required-missing";

    /// <summary>Error: a table's header has no reference or title column, so nothing was imported.</summary>
    public const string ColumnMissing = "problem-solving.import.column-missing";

    /// <summary>Warning: a table has a column the reader does not know; its values were not read.</summary>
    public const string ColumnUnknown = "problem-solving.import.column-unknown";

    /// <summary>Error: a table row has no reference or title, or a value (date, method, status) that cannot be read; the plan was left out.</summary>
    public const string RowInvalid = "problem-solving.import.row-invalid";

    internal static RuleDescriptor ColumnMissingRule { get; } = new(ColumnMissing, ProblemSolvingRules.Area, Severity.Error, "Required column missing",
        "A table of plans needs a header row naming at least a reference and a title column (in any order, with the names trackers use for them). Without one no plan can be read, so nothing was imported. Add the column; the finding lists the accepted names.");

    internal static RuleDescriptor ColumnUnknownRule { get; } = new(ColumnUnknown, ProblemSolvingRules.Area, Severity.Warning, "Column not known",
        "The table has a column whose name the reader does not know, so its values were not read. Rename it to one of the accepted columns (the finding lists them) if it holds something a plan records.");

    internal static RuleDescriptor RowInvalidRule { get; } = new(RowInvalid, ProblemSolvingRules.Area, Severity.Error, "Plan row not readable",
        "A row of the table has no reference or title, or a date, method or status the reader cannot read, so that plan was left out and the rest read. Correct the cell; the finding names it and the accepted forms.");

    internal static StoredFormatRules Rules { get; } = StoredFormatRules.For(
        ProblemSolvingRules.Area, ProblemSolvingJson.Format, "problem-solving register", "plan", "asOf (the date the register is correct at)", "docs/problem-solving.schema.json");

    /// <summary>Every descriptor, ordered by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All => [.. Rules.All.Concat([ColumnMissingRule, ColumnUnknownRule, RowInvalidRule]).OrderBy(d => d.Id, StringComparer.Ordinal)];
}
