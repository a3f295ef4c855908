using Nhp.Findings;
using Nhp.Rules;
using Nhp.Serialization;

namespace Nhp.Governance;

/// <summary>
/// The findings the governance importers make while reading (registers of inspection actions, text tables,
/// outstanding references, workforce profiles): each rule id as a constant, and its descriptor in <see cref="All"/>.
/// </summary>
public static class GovernanceImportRules
{
    /// <summary>A required column is missing from the header.</summary>
    public const string ColumnMissing = "governance.import.column-missing";

    /// <summary>A column is not one the reader knows; it was ignored.</summary>
    public const string ColumnUnknown = "governance.import.column-unknown";

    /// <summary>A row lacks a required field.</summary>
    public const string FieldMissing = "governance.import.field-missing";

    /// <summary>A field's value is not in an accepted form.</summary>
    public const string ValueInvalid = "governance.import.value-invalid";

    /// <summary>A JSON file has no format and version.</summary>
    public const string FormatMissing = "governance.import.format-missing";

    /// <summary>A table row has more cells than the table has columns, or a label that never gets its figures.</summary>
    public const string RowMalformed = "governance.import.row-malformed";

    /// <summary>Info: an areas-for-improvement file has no format and version, so it was read as version 1.</summary>
    public const string PeelFormatMissing = "governance.peel.import.format-missing";

    /// <summary>Warning: a top-level property of an areas-for-improvement file that the format does not define was ignored.</summary>
    public const string PeelPropertyUnknown = "governance.peel.import.property-unknown";

    /// <summary>Error: an area for improvement could not be read and was left out.</summary>
    public const string PeelItemInvalid = "governance.peel.import.item-invalid";

    /// <summary>Error: a top-level value of an areas-for-improvement file could not be read, so nothing was imported.</summary>
    public const string PeelValueInvalid = "governance.peel.import.value-invalid";

    /// <summary>Error: title, inspection or asOf is missing from an areas-for-improvement file, so nothing was imported.</summary>
    public const string PeelRequiredMissing = "governance.peel.import.required-missing";

    /// <summary>Info: a diversity profile file has no format and version, so it was read as version 1.</summary>
    public const string WorkforceFormatMissing = "governance.workforce.import.format-missing";

    /// <summary>Warning: a top-level property of a diversity profile file that the format does not define was ignored.</summary>
    public const string WorkforcePropertyUnknown = "governance.workforce.import.property-unknown";

    /// <summary>Error: a characteristic could not be read and was left out.</summary>
    public const string WorkforceItemInvalid = "governance.workforce.import.item-invalid";

    /// <summary>Error: a top-level value of a diversity profile file could not be read, so nothing was imported.</summary>
    public const string WorkforceValueInvalid = "governance.workforce.import.value-invalid";

    /// <summary>Error: the title of a diversity profile file is missing, so nothing was imported.</summary>
    public const string WorkforceRequiredMissing = "governance.workforce.import.required-missing";

    /// <summary>The descriptor of <see cref="ColumnMissing"/>.</summary>
    public static RuleDescriptor ColumnMissingRule { get; } = new(ColumnMissing, GovernanceRules.Area, Severity.Error, "Required column missing",
        "The header lacks a column the file needs (for a register: id, inspection and raised), so nothing was imported. The finding names the column and the accepted header names.");

    /// <summary>The descriptor of <see cref="ColumnUnknown"/>.</summary>
    public static RuleDescriptor ColumnUnknownRule { get; } = new(ColumnUnknown, GovernanceRules.Area, Severity.Warning, "Column not known",
        "The header has a column the reader does not know, so its values were not read. Rename it to an accepted name if it should be read.");

    /// <summary>The descriptor of <see cref="FieldMissing"/>.</summary>
    public static RuleDescriptor FieldMissingRule { get; } = new(FieldMissing, GovernanceRules.Area, Severity.Error, "Required field missing",
        "A row lacks a value its record needs (an action's id, inspection or date raised), so the row was not read and every total is short by it. Add the value.");

    /// <summary>The descriptor of <see cref="ValueInvalid"/>.</summary>
    public static RuleDescriptor ValueInvalidRule { get; } = new(ValueInvalid, GovernanceRules.Area, Severity.Error, "Value not understood",
        "A field holds a value that is not in an accepted form (a date, kind, scope, count or percentage), so the row was not read. The finding lists the accepted forms.");

    /// <summary>The descriptor of <see cref="FormatMissing"/>.</summary>
    public static RuleDescriptor FormatMissingRule { get; } = new(FormatMissing, GovernanceRules.Area, Severity.Info, "No format named",
        "The JSON file has no \"format\" and \"version\", so it was read as version 1 of the format its reader expects. Add them so later versions of Nhp read it the same way.");

    /// <summary>The descriptor of <see cref="RowMalformed"/>.</summary>
    public static RuleDescriptor RowMalformedRule { get; } = new(RowMalformed, GovernanceRules.Area, Severity.Error, "Table row not understood",
        "A row of a text table has more cells than the table has columns, or a label wraps onto following lines that never give its figures, so the row was not read. Check the export around the line named.");

    internal static StoredFormatRules PeelFormat { get; } = StoredFormatRules.For(
        GovernanceRules.Area, Peel.PeelJson.Format, "areas-for-improvement", "area for improvement", "title, inspection or asOf (the date the update is correct at)", "docs/peel.schema.json", "governance.peel");

    internal static StoredFormatRules WorkforceFormat { get; } = StoredFormatRules.For(
        GovernanceRules.Area, Workforce.DiversityProfileJson.Format, "diversity profile", "characteristic", "title (what the profile describes)", "docs/diversity-profile.schema.json", "governance.workforce");

    /// <summary>Every governance import rule, ordered by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
        [.. new[] { ColumnMissingRule, ColumnUnknownRule, FieldMissingRule, FormatMissingRule, RowMalformedRule, ValueInvalidRule }.Concat(PeelFormat.All).Concat(WorkforceFormat.All).OrderBy(d => d.Id, StringComparer.Ordinal)];
}
