namespace Nhp.Delivery;

/// <summary>Settings for importing a delivery plan. Immutable; the default imports with no outside knowledge.</summary>
public sealed record PlanImportOptions
{
    /// <summary>
    /// The strategy's objectives as published (number and title, no deliverables), used to repair objective titles
    /// damaged by a table export (<c>PROVIDE A FLOV N OF …</c>). A title read from the document is replaced by the
    /// known title of the same number only when the two are nearly the same letters (see
    /// <see cref="StrategyObjectives.Match"/>); otherwise the title read is kept and a warning given. Null: no repair
    /// beyond re-joining split words.
    /// </summary>
    public IReadOnlyList<Objective>? KnownObjectives { get; init; }

    /// <summary>The plan's title, when the input does not carry one (CSV) or to override the document's.</summary>
    public string? Title { get; init; }

    /// <summary>The as-of month to use when the input does not state one.</summary>
    public NodaTime.YearMonth? AsOf { get; init; }
}
