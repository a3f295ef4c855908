namespace Nhp.Delivery;

/// <summary>
/// Settings for importing a delivery plan. Immutable; the default imports with no outside knowledge: no importer
/// assumes a force's objectives, so the same file with the same options gives the same plan in the library and in the
/// <c>nhp</c> command (whose <c>--objectives FILE</c> sets <see cref="KnownObjectives"/> and
/// <see cref="KnownObjectivesName"/>).
/// </summary>
public sealed record PlanImportOptions
{
    /// <summary>
    /// The strategy's objectives as published (number and title, no deliverables), used to repair objective titles
    /// damaged by a table export (<c>PROVIDE A FLOV N OF …</c>). A title read from the document is replaced by the
    /// known title of the same number only when the two are nearly the same letters (see
    /// <see cref="StrategyObjectives.Match"/>); otherwise the title read is kept and a warning given. Null: no repair
    /// beyond re-joining split words. When a list is given, the text importer says which with an info finding
    /// (<see cref="PlanImportRules.ObjectivesUsed"/>) naming <see cref="KnownObjectivesName"/>.
    /// </summary>
    public IReadOnlyList<Objective>? KnownObjectives { get; init; }

    /// <summary>
    /// What <see cref="KnownObjectives"/> is, as the finding that reports its use names it: a file name or the
    /// strategy's title (e.g. <c>objectives.txt</c>); null names it "the known objectives of the import options".
    /// </summary>
    public string? KnownObjectivesName { get; init; }

    /// <summary>The plan's title, when the input does not carry one (CSV) or to override the document's.</summary>
    public string? Title { get; init; }

    /// <summary>The as-of month to use when the input does not state one.</summary>
    public NodaTime.YearMonth? AsOf { get; init; }

    // The finding that says which list of objectives an import compared headings with.
    internal static Findings.Finding ObjectivesUsed(PlanImportOptions options, string? source)
    {
        var list = options.KnownObjectives ?? [];
        var name = options.KnownObjectivesName is { } given ? $"'{given}'" : "the known objectives of the import options";
        var numbers = string.Join(", ", list.Select(o => o.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return PlanImportRules.ObjectivesUsedRule.Finding(source ?? "plan", "objectives",
            list.Count == 0
                ? $"Objective headings were compared with {name}, which lists no objectives, so none was repaired."
                : $"Objective headings were compared with {name} ({Text.Wording.Count(list.Count, "objective", "objectives")}: {numbers}).",
            new Findings.SourceLocation(source, null));
    }
}
