using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Integrity;

/// <summary>
/// The findings <see cref="CdiReviewCsv"/> makes while reading a crime data integrity review: each rule id as a
/// constant, and its <see cref="RuleDescriptor"/> in <see cref="All"/>.
/// </summary>
public static class CdiImportRules
{
    private const string Area = "integrity";

    /// <summary>A line's first field is not a known record.</summary>
    public const string RecordUnknown = "cdi.import.record-unknown";

    /// <summary>A line lacks a required field.</summary>
    public const string FieldMissing = "cdi.import.field-missing";

    /// <summary>A field's value is not in an accepted form.</summary>
    public const string ValueInvalid = "cdi.import.value-invalid";

    /// <summary>The review has no title line.</summary>
    public const string TitleMissing = "cdi.import.title-missing";

    /// <summary>The descriptor of <see cref="RecordUnknown"/>.</summary>
    public static RuleDescriptor RecordUnknownRule { get; } = new(RecordUnknown, Area, Severity.Error, "Unknown record",
        "A line's first field is not one of the review's records (title, sample, overall, category, timeliness, flags, flag, equality, recommendation, policy), so the line was not read. Correct the record name, or start the line with # to make it a comment.");

    /// <summary>The descriptor of <see cref="FieldMissing"/>.</summary>
    public static RuleDescriptor FieldMissingRule { get; } = new(FieldMissing, Area, Severity.Error, "Required field missing",
        "A line lacks a field its record needs (for example the recorded count of an overall line), so the line was not read and the review lacks its figures. Add the field.");

    /// <summary>The descriptor of <see cref="ValueInvalid"/>.</summary>
    public static RuleDescriptor ValueInvalidRule { get; } = new(ValueInvalid, Area, Severity.Error, "Value not understood",
        "A field holds a value that is not in an accepted form (a count that is not a whole number, a percentage, date, category, equality field, policy, status or interval method Nhp does not know, or impossible counts), so the line was not read. The finding lists the accepted forms.");

    /// <summary>The descriptor of <see cref="TitleMissing"/>.</summary>
    public static RuleDescriptor TitleMissingRule { get; } = new(TitleMissing, Area, Severity.Error, "No title",
        "The review has no 'title,<text>' line, so no review was imported. Start the file with the review's title.");

    /// <summary>Every crime data integrity import rule, ordered by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [FieldMissingRule, RecordUnknownRule, TitleMissingRule, ValueInvalidRule];
}
