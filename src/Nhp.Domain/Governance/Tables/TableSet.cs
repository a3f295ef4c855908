namespace Nhp.Governance.Tables;

/// <summary>
/// The tables of one paper (or one section of it) and the statements its text makes about them, the input of the table
/// checks (<see cref="GovernanceRules.Tables"/>). Immutable.
/// </summary>
/// <param name="Title">The paper or section, e.g. <c>Modern Day Slavery and Human Trafficking update</c>.</param>
/// <param name="Tables">The tables, in printed order; ids unique.</param>
/// <param name="Statements">The statements about them, in printed order.</param>
public sealed record TableSet(string Title, IReadOnlyList<CrossTab> Tables, IReadOnlyList<TableStatement> Statements)
{
    /// <summary>The period the tables cover, as printed (e.g. <c>5 years (Jan 2019 – Dec 2023)</c>), or null.</summary>
    public string? Period { get; init; }

    /// <summary>Notes printed with the tables, verbatim.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The table with id <paramref name="id"/> (ignoring case), or null.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The table or null.</returns>
    public CrossTab? Find(string id) => Tables.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase));
}
