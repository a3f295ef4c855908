using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Engagement;

/// <summary>
/// The findings <see cref="EngagementJson"/> makes while reading an engagement file: each rule id as a constant, and
/// its <see cref="RuleDescriptor"/> in <see cref="All"/>.
/// </summary>
public static class EngagementImportRules
{
    private const string Area = "engagement";

    /// <summary>The file has no format and version (an older file).</summary>
    public const string FormatMissing = "engagement.import.format-missing";

    /// <summary>The file has a top-level property the format does not define.</summary>
    public const string PropertyUnknown = "engagement.import.property-unknown";

    /// <summary>A meeting, event or metric value could not be read.</summary>
    public const string ItemInvalid = "engagement.import.item-invalid";

    /// <summary>A top-level value (name, asOf, places, model, or a list) could not be read.</summary>
    public const string ValueInvalid = "engagement.import.value-invalid";

    /// <summary>A required top-level value (asOf, model) is missing.</summary>
    public const string RequiredMissing = "engagement.import.required-missing";

    /// <summary>The descriptor of <see cref="FormatMissing"/>.</summary>
    public static RuleDescriptor FormatMissingRule { get; } = new(FormatMissing, Area, Severity.Info, "Older file without format",
        "The file has no \"format\" and \"version\" at the top, as files written by earlier versions of Nhp; it was read as version 1. Add \"format\": \"nhp-engagement\" and \"version\": 1, or write the file again.");

    /// <summary>The descriptor of <see cref="PropertyUnknown"/>.</summary>
    public static RuleDescriptor PropertyUnknownRule { get; } = new(PropertyUnknown, Area, Severity.Warning, "Unknown property",
        "The file's top-level object has a property the format does not define, so it was ignored. Check its spelling; docs/engagement.schema.json lists the properties.");

    /// <summary>The descriptor of <see cref="ItemInvalid"/>.</summary>
    public static RuleDescriptor ItemInvalidRule { get; } = new(ItemInvalid, Area, Severity.Error, "Item not readable",
        "A meeting, event or metric value has a missing, unknown or wrongly written property (the finding gives the JSON path and the accepted form), so that item was left out and the rest of the file read. Correct the item; the checks and reports do not see it until then.");

    /// <summary>The descriptor of <see cref="ValueInvalid"/>.</summary>
    public static RuleDescriptor ValueInvalidRule { get; } = new(ValueInvalid, Area, Severity.Error, "Value not readable",
        "A top-level value (name, asOf, places, model, or the meetings, events or metricValues list itself) is of the wrong form, so no engagement data was imported. Correct the value; the finding gives the JSON path.");

    /// <summary>The descriptor of <see cref="RequiredMissing"/>.</summary>
    public static RuleDescriptor RequiredMissingRule { get; } = new(RequiredMissing, Area, Severity.Error, "Required value missing",
        "The file lacks asOf (the date the data is correct at) or model (the panel model), without which nothing can be checked, so no engagement data was imported. Add the value.");

    /// <summary>Every engagement import rule, ordered by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [FormatMissingRule, ItemInvalidRule, PropertyUnknownRule, RequiredMissingRule, ValueInvalidRule];
}
