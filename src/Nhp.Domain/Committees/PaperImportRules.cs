using Nhp.Findings;
using Nhp.Rules;
using Nhp.Serialization;

namespace Nhp.Committees;

/// <summary>
/// The diagnostics of reading a committee paper back from a file (a Word document, a text export) and of reading a
/// front-sheet file (<see cref="FrontSheetJson"/>).
/// </summary>
public static class PaperImportRules
{
    /// <summary>The document has no front sheet table.</summary>
    public const string NoFrontSheet = "paper.import.no-front-sheet";

    /// <summary>Info: the front-sheet file has no format and version, so it was read as version 1.</summary>
    public const string FormatMissing = "paper.import.format-missing";

    /// <summary>Warning: a top-level property the front-sheet format does not define was ignored.</summary>
    public const string PropertyUnknown = "paper.import.property-unknown";

    /// <summary>Error: a committee, appendix, contact or paragraph of a front-sheet file could not be read and was left out.</summary>
    public const string ItemInvalid = "paper.import.item-invalid";

    /// <summary>Error: a top-level value of a front-sheet file could not be read, so nothing was imported.</summary>
    public const string ValueInvalid = "paper.import.value-invalid";

    /// <summary>Error: a front-sheet file lacks <c>subject</c> or <c>reportOf</c>, so nothing was imported.</summary>
    public const string RequiredMissing = "paper.import.required-missing";

    /// <summary>The descriptor of <see cref="NoFrontSheet"/>.</summary>
    public static RuleDescriptor NoFrontSheetRule { get; } = new(NoFrontSheet, PaperRules.Area, Severity.Error, "No front sheet",
        "The document has no front sheet: no table (in Word) or line (in a text export) starts with \"Committee(s):\", so no paper was read. Committee papers open with the template's front sheet; check that the file is a paper, or a pack of papers, and not an appendix or the minutes.");

    // Declared before All, which reads it: static initialisers run in order.
    internal static StoredFormatRules FrontSheetFileRules { get; } = StoredFormatRules.For(
        PaperRules.Area, FrontSheetJson.Format, "front sheet", "committee, appendix, contact or paragraph", "subject or reportOf (whose report it is)", "docs/front-sheet.schema.json");

    /// <summary>Every paper import diagnostic, ordered by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [.. new[] { NoFrontSheetRule }.Concat(FrontSheetFileRules.All).OrderBy(d => d.Id, StringComparer.Ordinal)];
}
