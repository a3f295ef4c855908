using Nhp.Findings;

namespace Nhp.Committees;

/// <summary>
/// A paper read from a file, with where it starts and where each of its parts was read (by the field names of
/// <see cref="PaperCheck"/>: <see cref="PaperCheck.DatedField"/>, <see cref="PaperCheck.SummaryField"/>, …), so the paper
/// rules' findings name the line. Immutable.
/// </summary>
public sealed class LocatedPaper
{
    /// <summary>Creates a located paper.</summary>
    /// <param name="paper">The paper.</param>
    /// <param name="start">Where the paper starts (its front sheet).</param>
    /// <param name="fields">Where each part was read, by field name; a part not listed is located at <paramref name="start"/>.</param>
    public LocatedPaper(Paper paper, SourceLocation start, IReadOnlyDictionary<string, SourceLocation> fields)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(fields);
        Paper = paper;
        Start = start;
        Fields = fields;
    }

    /// <summary>The paper.</summary>
    public Paper Paper { get; }

    /// <summary>Where the paper starts.</summary>
    public SourceLocation Start { get; }

    /// <summary>Where each part was read, by field name.</summary>
    public IReadOnlyDictionary<string, SourceLocation> Fields { get; }

    /// <summary>Where a part was read: its own location, or the paper's start when it was not found.</summary>
    /// <param name="field">The field name.</param>
    /// <returns>The location.</returns>
    public SourceLocation LocationOf(string field) => Fields.GetValueOrDefault(field) ?? Start;

    /// <summary>The paper with its locations, for <see cref="PaperRules.Check"/>.</summary>
    /// <returns>The check.</returns>
    public PaperCheck ToCheck() => new(Paper, LocationOf);
}
