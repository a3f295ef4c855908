using Nhp.Rules;
using Nhp.Serialization;

namespace Nhp.Policing;

/// <summary>The ids and descriptors of the findings <see cref="PolicingModelJson"/> makes while reading a policing model file.</summary>
public static class PolicingModelImportRules
{
    /// <summary>Info: the file has no format and version, so it was read as version 1.</summary>
    public const string FormatMissing = "policing-model.import.format-missing";

    /// <summary>Warning: a top-level property the format does not define was ignored.</summary>
    public const string PropertyUnknown = "policing-model.import.property-unknown";

    /// <summary>Error: a unit, post, result or review could not be read and was left out.</summary>
    public const string ItemInvalid = "policing-model.import.item-invalid";

    /// <summary>Error: a top-level value could not be read, so nothing was imported.</summary>
    public const string ValueInvalid = "policing-model.import.value-invalid";

    /// <summary>Error: <c>name</c> or <c>asOf</c> is missing, so nothing was imported.</summary>
    public const string RequiredMissing = "policing-model.import.required-missing";

    internal static StoredFormatRules Rules { get; } = StoredFormatRules.For(
        PolicingModelRules.Area, PolicingModelJson.Format, "policing model", "unit, post, result or review", "name or asOf (the date the model is described at)", "docs/policing-model.schema.json");

    /// <summary>Every descriptor, ordered by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All => Rules.All;
}
