using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Committees;

/// <summary>The diagnostics of reading a committee paper back from a file (a Word document, a text export).</summary>
public static class PaperImportRules
{
    /// <summary>The document has no front sheet table.</summary>
    public const string NoFrontSheet = "paper.import.no-front-sheet";

    /// <summary>The descriptor of <see cref="NoFrontSheet"/>.</summary>
    public static RuleDescriptor NoFrontSheetRule { get; } = new(NoFrontSheet, PaperRules.Area, Severity.Error, "No front sheet",
        "The document has no front sheet: no table starts with \"Committee(s):\", so no paper was read. Committee papers open with the template's front sheet table; check that the file is a paper and not its appendix or a pack.");

    /// <summary>Every paper import diagnostic.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [NoFrontSheetRule];
}
