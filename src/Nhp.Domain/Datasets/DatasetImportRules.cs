using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Datasets;

/// <summary>
/// The findings <see cref="DatasetFolder.Read(string)"/> makes about a dataset folder as a whole (its manifest and
/// which part files it has): each rule id as a constant, and its <see cref="RuleDescriptor"/> in <see cref="All"/>.
/// The findings of each part's own file are those of its reader.
/// </summary>
public static class DatasetImportRules
{
    private const string Area = "dataset";

    /// <summary>A manifest value is missing or cannot be read.</summary>
    public const string ManifestInvalid = "dataset.import.manifest-invalid";

    /// <summary>The manifest has a property the format does not know.</summary>
    public const string PropertyUnknown = "dataset.import.property-unknown";

    /// <summary>The manifest lists a part Nhp does not know.</summary>
    public const string PartUnknown = "dataset.import.part-unknown";

    /// <summary>A part's file name is not a plain file name inside the folder.</summary>
    public const string PartFileInvalid = "dataset.import.part-file-invalid";

    /// <summary>The manifest lists a part whose file is not in the folder.</summary>
    public const string PartFileMissing = "dataset.import.part-file-missing";

    /// <summary>A part's file cannot be read as its format at all.</summary>
    public const string PartUnreadable = "dataset.import.part-unreadable";

    /// <summary>The dataset has no such part.</summary>
    public const string PartAbsent = "dataset.import.part-absent";

    /// <summary>The descriptor of <see cref="ManifestInvalid"/>.</summary>
    public static RuleDescriptor ManifestInvalidRule { get; } = new(ManifestInvalid, Area, Severity.Error, "Manifest not readable",
        "The dataset's manifest (nhp-dataset.json) lacks its name or parts, or a value in it is not in an accepted form (a date that is not ISO, a source without a title), so no dataset was read. The finding names the line and the JSON path.");

    /// <summary>The descriptor of <see cref="PropertyUnknown"/>.</summary>
    public static RuleDescriptor PropertyUnknownRule { get; } = new(PropertyUnknown, Area, Severity.Warning, "Unknown manifest property",
        "The manifest has a property that is not part of the nhp-dataset format (format, version, name, force, asOf, sources, parts); it was ignored. Check its spelling.");

    /// <summary>The descriptor of <see cref="PartUnknown"/>.</summary>
    public static RuleDescriptor PartUnknownRule { get; } = new(PartUnknown, Area, Severity.Warning, "Unknown part",
        "The manifest lists a part that this version of Nhp does not know; its file was not read. The finding lists the parts Nhp reads.");

    /// <summary>The descriptor of <see cref="PartFileInvalid"/>.</summary>
    public static RuleDescriptor PartFileInvalidRule { get; } = new(PartFileInvalid, Area, Severity.Error, "Part file outside the folder",
        "A part's file must be a file name inside the dataset's folder (such as plan.json), not a path to elsewhere; the part was not read, so the reports that need it say it is missing.");

    /// <summary>The descriptor of <see cref="PartFileMissing"/>.</summary>
    public static RuleDescriptor PartFileMissingRule { get; } = new(PartFileMissing, Area, Severity.Error, "Part file missing",
        "The manifest lists a part whose file is not in the folder; the part is missing, so the reports that need it say so. Add the file or remove the part from the manifest.");

    /// <summary>The descriptor of <see cref="PartUnreadable"/>.</summary>
    public static RuleDescriptor PartUnreadableRule { get; } = new(PartUnreadable, Area, Severity.Error, "Part file not readable",
        "A part's file could not be read at all (it is empty, not in the part's format, or of a newer version); the part is missing, so the reports that need it say so. The finding gives the reader's reason and the accepted forms.");

    /// <summary>The descriptor of <see cref="PartAbsent"/>.</summary>
    public static RuleDescriptor PartAbsentRule { get; } = new(PartAbsent, Area, Severity.Info, "Part not in the dataset",
        "The dataset has no such part (the manifest does not list it); the reports that need it say the dataset has none. Nothing to do unless the force keeps that data.");

    /// <summary>Every descriptor above, ordered by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
        [ManifestInvalidRule, PartAbsentRule, PartFileInvalidRule, PartFileMissingRule, PartUnknownRule, PartUnreadableRule, PropertyUnknownRule];
}
