using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Metrics;

/// <summary>
/// The findings <see cref="PerformanceSetJson"/> makes while reading a stored performance set: each rule id as a
/// constant, and its <see cref="RuleDescriptor"/> in <see cref="All"/>.
/// </summary>
public static class PerformanceSetImportRules
{
    private const string Area = "performance";

    /// <summary>The file has no <c>format</c> and <c>version</c>.</summary>
    public const string FormatMissing = "performance.stored.format-missing";

    /// <summary>The file has a top-level property the format does not know.</summary>
    public const string PropertyUnknown = "performance.stored.property-unknown";

    /// <summary>The set could not be read.</summary>
    public const string SetInvalid = "performance.stored.set-invalid";

    /// <summary>The descriptor of <see cref="FormatMissing"/>.</summary>
    public static RuleDescriptor FormatMissingRule { get; } = new(FormatMissing, Area, Severity.Info, "Format not stated",
        "The file has no \"format\" and \"version\"; it was read as version 1 of nhp-performance-set. Write it again with Nhp to add them.");

    /// <summary>The descriptor of <see cref="PropertyUnknown"/>.</summary>
    public static RuleDescriptor PropertyUnknownRule { get; } = new(PropertyUnknown, Area, Severity.Warning, "Unknown property",
        "The file has a top-level property that is not part of the nhp-performance-set format (format, version, performance); it was ignored. Check its spelling.");

    /// <summary>The descriptor of <see cref="SetInvalid"/>.</summary>
    public static RuleDescriptor SetInvalidRule { get; } = new(SetInvalid, Area, Severity.Error, "Performance set not readable",
        "The performance set is missing, or a value in it is missing, null or not in an accepted form (a measure without a name, an unknown unit, a quarter that is not like Q3 2023/24, two figures for one quarter), so no set was imported. The finding names the line and the JSON path.");

    /// <summary>Every descriptor above, ordered by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [FormatMissingRule, PropertyUnknownRule, SetInvalidRule];
}
