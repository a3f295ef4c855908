using Nhp.Rules;
using Nhp.Serialization;

namespace Nhp.Frameworks;

/// <summary>The ids and descriptors of the findings <see cref="FrameworkJson"/> makes while reading a framework assessment file.</summary>
public static class FrameworkImportRules
{
    /// <summary>Info: the file has no format and version, so it was read as version 1.</summary>
    public const string FormatMissing = "framework.import.format-missing";

    /// <summary>Warning: a top-level property the format does not define was ignored.</summary>
    public const string PropertyUnknown = "framework.import.property-unknown";

    /// <summary>Error: an assessment could not be read and was left out.</summary>
    public const string ItemInvalid = "framework.import.item-invalid";

    /// <summary>Error: a top-level value could not be read, so nothing was imported.</summary>
    public const string ValueInvalid = "framework.import.value-invalid";

    /// <summary>Error: <c>framework</c> is missing, so nothing was imported.</summary>
    public const string RequiredMissing = "framework.import.required-missing";

    internal static StoredFormatRules Rules { get; } = StoredFormatRules.For(
        FrameworkRules.Area, FrameworkJson.Format, "framework assessment", "assessment", "framework (the pillars and statements assessed)", "docs/framework-assessment.schema.json");

    /// <summary>Every descriptor, ordered by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All => Rules.All;
}
