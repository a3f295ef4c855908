using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Metrics;

/// <summary>
/// The findings <see cref="PerformanceJson"/> makes while reading a performance measures file: each rule id as a
/// constant, and its <see cref="RuleDescriptor"/> in <see cref="All"/>.
/// </summary>
public static class PerformanceImportRules
{
    private const string Area = PerformanceRules.Area;

    /// <summary>The file has no format and version.</summary>
    public const string FormatMissing = "performance.import.format-missing";

    /// <summary>The file has a top-level property the format does not define.</summary>
    public const string PropertyUnknown = "performance.import.property-unknown";

    /// <summary>A required top-level value (title, quarter, measures) is missing.</summary>
    public const string RequiredMissing = "performance.import.required-missing";

    /// <summary>A top-level value could not be read.</summary>
    public const string ValueInvalid = "performance.import.value-invalid";

    /// <summary>A measure could not be read, or its figures contradict each other; it was left out.</summary>
    public const string MeasureInvalid = "performance.import.measure-invalid";

    /// <summary>Two measures have the same id; the second was left out.</summary>
    public const string MeasureRepeated = "performance.import.measure-repeated";

    /// <summary>A printed change could not be read or names a measure the file does not have; it was left out.</summary>
    public const string ChangeInvalid = "performance.import.change-invalid";

    /// <summary>A measure has no figure for the quarter reported on.</summary>
    public const string QuarterMissing = "performance.import.quarter-missing";

    /// <summary>The descriptor of <see cref="FormatMissing"/>.</summary>
    public static RuleDescriptor FormatMissingRule { get; } = new(FormatMissing, Area, Severity.Info, "File without format",
        "The file has no \"format\" and \"version\" at the top; it was read as version 1 of nhp-performance. Add \"format\": \"nhp-performance\" and \"version\": 1.");

    /// <summary>The descriptor of <see cref="PropertyUnknown"/>.</summary>
    public static RuleDescriptor PropertyUnknownRule { get; } = new(PropertyUnknown, Area, Severity.Warning, "Unknown property",
        "The file's top-level object has a property the format does not define, so it was ignored. Check its spelling; docs/performance-measures.schema.json lists the properties.");

    /// <summary>The descriptor of <see cref="RequiredMissing"/>.</summary>
    public static RuleDescriptor RequiredMissingRule { get; } = new(RequiredMissing, Area, Severity.Error, "Required value missing",
        "The file lacks its title, the quarter it reports on, or its list of measures, without which no report can be made, so nothing was imported. Add the value.");

    /// <summary>The descriptor of <see cref="ValueInvalid"/>.</summary>
    public static RuleDescriptor ValueInvalidRule { get; } = new(ValueInvalid, Area, Severity.Error, "Value not readable",
        "A top-level value (title, quarter, contextCutOff, or the measures or printedChanges list itself) is of the wrong form, so nothing was imported. Correct the value; the finding gives the JSON path and the accepted form.");

    /// <summary>The descriptor of <see cref="MeasureInvalid"/>.</summary>
    public static RuleDescriptor MeasureInvalidRule { get; } = new(MeasureInvalid, Area, Severity.Error, "Measure not readable",
        "A measure has a missing, unknown or wrongly written property (an id, a unit, a direction of good, a quarter, a comparison), or two figures for one quarter, so it was left out and the rest of the file read. The finding gives the JSON path and the accepted form.");

    /// <summary>The descriptor of <see cref="MeasureRepeated"/>.</summary>
    public static RuleDescriptor MeasureRepeatedRule { get; } = new(MeasureRepeated, Area, Severity.Error, "Measure id repeated",
        "Two measures have the same id; ids name a measure in printed changes and denominators, so the second was left out. Give each measure its own id.");

    /// <summary>The descriptor of <see cref="ChangeInvalid"/>.</summary>
    public static RuleDescriptor ChangeInvalidRule { get; } = new(ChangeInvalid, Area, Severity.Warning, "Printed change not readable",
        "A printed change has a wrongly written property or names a measure the file does not have, so it was left out; the report cannot check it against the figures.");

    /// <summary>The descriptor of <see cref="QuarterMissing"/>.</summary>
    public static RuleDescriptor QuarterMissingRule { get; } = new(QuarterMissing, Area, Severity.Info, "No figure for the quarter",
        "A measure has no figure for the quarter the file reports on, so it gets no RAG and no trend arrow; the report says so. Add the figure if there is one.");

    /// <summary>Every performance import rule, ordered by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
        [ChangeInvalidRule, FormatMissingRule, MeasureInvalidRule, MeasureRepeatedRule, PropertyUnknownRule, QuarterMissingRule, RequiredMissingRule, ValueInvalidRule];
}
