namespace Nhp.Committees;

/// <summary>
/// One numbered item of an agenda ("5. Q3 POLICING PLAN PERFORMANCE 2023-24 / Report of the Commissioner. / For
/// Discussion (Pages 13 - 30)"), with any sub-items ("5a"). Text is kept as written.
/// </summary>
public sealed record AgendaItem
{
    /// <summary>The item's number as written: "5", "5a".</summary>
    public required string Number { get; init; }

    /// <summary>The title as written.</summary>
    public required string Title { get; init; }

    /// <summary>Whose report it is, as written ("Report of the Commissioner."), or none for an item without a report.</summary>
    public string? ReportOf { get; init; }

    /// <summary>Any words under the title ("To agree the public minutes ..."), or none.</summary>
    public string? Description { get; init; }

    /// <summary>What the committee is asked to do, or none.</summary>
    public PaperPurpose? Purpose { get; init; }

    /// <summary>The pages of the pack the item's paper takes, or none.</summary>
    public PageRange? Pages { get; init; }

    /// <summary>Sub-items ("5a", "5b").</summary>
    public IReadOnlyList<AgendaItem> SubItems { get; init; } = [];

    /// <summary>Whether the item comes with a paper: it names whose report it is or gives pages.</summary>
    public bool ExpectsPaper => ReportOf is not null || Pages is not null;

    /// <inheritdoc/>
    public bool Equals(AgendaItem? other) =>
        other is not null && Number == other.Number && Title == other.Title && ReportOf == other.ReportOf && Description == other.Description
        && Purpose == other.Purpose && Pages == other.Pages && SubItems.SequenceEqual(other.SubItems);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Number, Title, ReportOf, Purpose, Pages, SubItems.Count);
}
