using NodaTime;

namespace Nhp.Datasets;

/// <summary>
/// A committee paper or other document that data in a <see cref="NhpDataset"/> was taken from, so every report can
/// say where its figures came from. Immutable; equality is by value.
/// </summary>
/// <param name="Title">The paper's subject line as printed, e.g. <c>Crime Data Integrity Review</c>.</param>
/// <param name="Committee">The committee it went to, e.g. <c>Strategic Planning and Performance Committee</c>.</param>
/// <param name="Date">The date of the meeting it was dated for; for public data, the last day of the last month used.</param>
/// <param name="Reference">The paper's own reference (e.g. <c>Pol 24-24</c>), or null when it has none.</param>
public sealed record SourceDocument(string Title, string Committee, LocalDate Date, string? Reference = null)
{
    /// <summary>
    /// True when this is public data published by someone other than the force's papers (for example data.police.uk
    /// street-level crime), shown apart from the force's own figures; <see cref="Committee"/> then names the publisher.
    /// </summary>
    public bool IsPublicData { get; init; }

    /// <summary>The period the data covers as used in the reports, in words (e.g. <c>April 2022 to January 2024</c>), or null.</summary>
    public string? Coverage { get; init; }

    /// <summary>The files the data was read from, by name; empty when it is one paper.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>The licence and any caveat a reader needs, or null.</summary>
    public string? Note { get; init; }
}
