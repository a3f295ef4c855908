namespace Nhp.Reporting.Documents;

/// <summary>One term of a <see cref="DefinitionList"/> and what it means or holds.</summary>
/// <param name="Term">The term, for example "As at".</param>
/// <param name="Description">Its value or meaning.</param>
public sealed record Definition(IReadOnlyList<Inline> Term, IReadOnlyList<Inline> Description);
