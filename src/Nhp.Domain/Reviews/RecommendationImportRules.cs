using Nhp.Rules;
using Nhp.Serialization;

namespace Nhp.Reviews;

/// <summary>The ids and descriptors of the findings <see cref="ReviewRecommendationsJson"/> makes while reading a register file.</summary>
public static class RecommendationImportRules
{
    /// <summary>Info: the file has no format and version, so it was read as version 1.</summary>
    public const string FormatMissing = "recommendations.import.format-missing";

    /// <summary>Warning: a top-level property the format does not define was ignored.</summary>
    public const string PropertyUnknown = "recommendations.import.property-unknown";

    /// <summary>Error: a recommendation could not be read and was left out.</summary>
    public const string ItemInvalid = "recommendations.import.item-invalid";

    /// <summary>Error: a top-level value could not be read, so nothing was imported.</summary>
    public const string ValueInvalid = "recommendations.import.value-invalid";

    /// <summary>Error: <c>review</c>, <c>accepted</c> or <c>asOf</c> is missing, so nothing was imported.</summary>
    public const string RequiredMissing = "recommendations.import.required-missing";

    internal static StoredFormatRules Rules { get; } = StoredFormatRules.For(
        RecommendationRules.Area, ReviewRecommendationsJson.Format, "review recommendations", "recommendation", "review, accepted (the date the recommendations were accepted) or asOf (the date the register is correct at)", "docs/review-recommendations.schema.json");

    /// <summary>Every descriptor, ordered by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All => Rules.All;
}
