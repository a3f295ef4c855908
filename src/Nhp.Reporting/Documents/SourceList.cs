using Nhp.Datasets;

namespace Nhp.Reporting.Documents;

/// <summary>The documents a report's figures come from: title, committee, date and reference of each.</summary>
/// <param name="Sources">The source documents, in order.</param>
public sealed record SourceList(IReadOnlyList<SourceDocument> Sources) : Block;
