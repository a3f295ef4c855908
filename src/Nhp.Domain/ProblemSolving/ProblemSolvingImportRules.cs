using Nhp.Rules;
using Nhp.Serialization;

namespace Nhp.ProblemSolving;

/// <summary>The ids and descriptors of the findings <see cref="ProblemSolvingJson"/> makes while reading a register file.</summary>
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

    internal static StoredFormatRules Rules { get; } = StoredFormatRules.For(
        ProblemSolvingRules.Area, ProblemSolvingJson.Format, "problem-solving register", "plan", "asOf (the date the register is correct at)", "docs/problem-solving.schema.json");

    /// <summary>Every descriptor, ordered by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All => Rules.All;
}
