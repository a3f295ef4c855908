using Nhp.Findings;
using Nhp.Importing;

namespace Nhp.Datasets;

/// <summary>
/// One part of a dataset as a file of a dataset folder: the delivery plan as <c>plan.json</c>, the performance measures
/// as <c>performance.json</c>, and so on. A part knows its file, how to read it into an <see cref="NhpDataset"/> and
/// write it out, the rules that check it, and which reports need it. <see cref="DatasetFolder.Parts"/> lists every
/// part; a new kind of data is one new part there, with no other change to how folders are read, written or checked.
/// Implementations are immutable and thread-safe.
/// </summary>
public abstract class DatasetPart
{
    /// <summary>The part's id as the manifest names it, lower case, e.g. <c>delivery-plan</c>.</summary>
    public abstract string Id { get; }

    /// <summary>The file name the part is written to by default, e.g. <c>plan.json</c>.</summary>
    public abstract string FileName { get; }

    /// <summary>What the part holds, in words that complete "the dataset has no …", e.g. <c>delivery plan</c>.</summary>
    public abstract string Description { get; }

    /// <summary>The stored format of the file and where it is documented, e.g. <c>nhp-delivery-plan (docs/delivery-plan.schema.json)</c>.</summary>
    public abstract string FormatName { get; }

    /// <summary>The ids of the built-in reports that need this part; each says so when the part is missing.</summary>
    public abstract IReadOnlyList<string> ReportIds { get; }

    /// <summary>Whether <paramref name="dataset"/> has this part.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>True when the part is there to write.</returns>
    public abstract bool IsIn(NhpDataset dataset);

    /// <summary>Writes the part of <paramref name="dataset"/> as the text of its file (UTF-8, <c>\n</c> line ends).</summary>
    /// <param name="dataset">A dataset for which <see cref="IsIn"/> is true.</param>
    /// <returns>The file's text.</returns>
    /// <exception cref="InvalidOperationException">The dataset does not have this part.</exception>
    public abstract string Write(NhpDataset dataset);

    /// <summary>
    /// Reads the part's file and returns <paramref name="dataset"/> with the part set: the value is the dataset with
    /// the part, or none when the file was read but the part could not be built (the findings say why).
    /// </summary>
    /// <param name="dataset">The dataset read so far.</param>
    /// <param name="reader">The file's text.</param>
    /// <param name="source">The file's name, for the findings.</param>
    /// <returns>The dataset with the part, and the findings made reading it.</returns>
    /// <exception cref="NhpInputException">The file is not in the part's format at all (empty, not the format, a newer version).</exception>
    public abstract ImportResult<NhpDataset> Read(NhpDataset dataset, TextReader reader, string source);

    /// <summary>Checks the part of <paramref name="dataset"/> with its rules (the default rule set of its area).</summary>
    /// <param name="dataset">A dataset for which <see cref="IsIn"/> is true.</param>
    /// <returns>The findings, most severe first where the rule set orders them.</returns>
    public abstract IReadOnlyList<Finding> Check(NhpDataset dataset);

    /// <summary>The part's id.</summary>
    /// <returns><see cref="Id"/>.</returns>
    public override string ToString() => Id;
}
