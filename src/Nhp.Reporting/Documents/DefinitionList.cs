namespace Nhp.Reporting.Documents;

/// <summary>Terms and their descriptions: a report's key facts (as at, source, method) or a key of symbols.</summary>
/// <param name="Definitions">The terms, in order.</param>
public sealed record DefinitionList(IReadOnlyList<Definition> Definitions) : Block;
