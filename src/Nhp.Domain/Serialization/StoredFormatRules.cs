using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Serialization;

/// <summary>
/// The five import diagnostics every stored JSON format shares (older file without format, unknown property, item not
/// readable, value not readable, required value missing), made once per format so each keeps its own ids
/// (<c>&lt;area&gt;.import.format-missing</c>, …) and wording.
/// </summary>
internal sealed record StoredFormatRules(
    RuleDescriptor FormatMissing,
    RuleDescriptor PropertyUnknown,
    RuleDescriptor ItemInvalid,
    RuleDescriptor ValueInvalid,
    RuleDescriptor RequiredMissing)
{
    /// <summary>The descriptors, ordered by id.</summary>
    public IReadOnlyList<RuleDescriptor> All => [.. new[] { FormatMissing, PropertyUnknown, ItemInvalid, ValueInvalid, RequiredMissing }.OrderBy(d => d.Id, StringComparer.Ordinal)];

    /// <summary>Makes the descriptors of one format.</summary>
    /// <param name="area">The rule area, e.g. <c>problem-solving</c>; ids are <c>area.import.*</c>.</param>
    /// <param name="format">The format name written in files, e.g. <c>nhp-problem-solving</c>.</param>
    /// <param name="what">What the file holds, e.g. <c>problem-solving register</c>.</param>
    /// <param name="items">The kinds of item in its lists, e.g. <c>plan</c>.</param>
    /// <param name="required">The required top-level values, in words, e.g. <c>asOf (the date the register is correct at)</c>.</param>
    /// <param name="schema">The schema document that lists the properties, e.g. <c>docs/problem-solving.schema.json</c>.</param>
    /// <param name="prefix">The start of the ids when an area has several formats (e.g. <c>governance.peel</c>); null for the area itself.</param>
    public static StoredFormatRules For(string area, string format, string what, string items, string required, string schema, string? prefix = null) => Make(prefix ?? area, area, format, what, items, required, schema);

    private static StoredFormatRules Make(string prefix, string area, string format, string what, string items, string required, string schema) => new(
        new RuleDescriptor(prefix + ".import.format-missing", area, Severity.Info, "Older file without format",
            $"The file has no \"format\" and \"version\" at the top, so it was read as version 1 of {format}. Add \"format\": \"{format}\" and \"version\": 1, or write the file again."),
        new RuleDescriptor(prefix + ".import.property-unknown", area, Severity.Warning, "Unknown property",
            $"The {what} file's top-level object has a property the format does not define, so it was ignored. Check its spelling; {schema} lists the properties."),
        new RuleDescriptor(prefix + ".import.item-invalid", area, Severity.Error, "Item not readable",
            $"A {items} has a missing, unknown or wrongly written property (the finding gives the JSON path and what was wrong), so that item was left out and the rest of the file read. Correct the item; the checks and reports do not see it until then."),
        new RuleDescriptor(prefix + ".import.value-invalid", area, Severity.Error, "Value not readable",
            $"A top-level value of the {what} file is of the wrong form, so nothing was imported. Correct the value; the finding gives the JSON path."),
        new RuleDescriptor(prefix + ".import.required-missing", area, Severity.Error, "Required value missing",
            $"The file lacks {required}, without which nothing can be checked, so nothing was imported. Add the value."));
}
