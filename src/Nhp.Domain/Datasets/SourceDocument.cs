using NodaTime;

namespace Nhp.Datasets;

/// <summary>
/// A committee paper or other document that data in a <see cref="NhpDataset"/> was taken from, so every report can
/// say where its figures came from. Immutable; equality is by value.
/// </summary>
/// <param name="Title">The paper's subject line as printed, e.g. <c>Crime Data Integrity Review</c>.</param>
/// <param name="Committee">The committee it went to, e.g. <c>Strategic Planning and Performance Committee</c>.</param>
/// <param name="Date">The date of the meeting it was dated for.</param>
/// <param name="Reference">The paper's own reference (e.g. <c>Pol 24-24</c>), or null when it has none.</param>
public sealed record SourceDocument(string Title, string Committee, LocalDate Date, string? Reference = null);
