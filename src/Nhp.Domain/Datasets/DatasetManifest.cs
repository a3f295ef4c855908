using NodaTime;

namespace Nhp.Datasets;

/// <summary>
/// The manifest of a dataset folder (<c>nhp-dataset.json</c>) as stored: what the dataset is and which file holds
/// each part. Its JSON Schema is <c>docs/dataset.schema.json</c>.
/// </summary>
internal sealed record DatasetManifest
{
    /// <summary>Always <see cref="DatasetFolder.Format"/>.</summary>
    public required string Format { get; init; }

    /// <summary>The format's version.</summary>
    public required int Version { get; init; }

    /// <summary>The dataset's name.</summary>
    public required string Name { get; init; }

    /// <summary>The force, or null.</summary>
    public string? Force { get; init; }

    /// <summary>The date the dataset speaks for, or null.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>The documents the data was taken from.</summary>
    public IReadOnlyList<SourceDocument> Sources { get; init; } = [];

    /// <summary>Each part's id and the name of its file in the folder, in the order of <see cref="DatasetFolder.Parts"/>.</summary>
    public required IReadOnlyDictionary<string, string> Parts { get; init; }
}
