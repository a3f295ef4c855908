using Nhp.Datasets;

namespace Nhp.Reporting;

/// <summary>
/// A report that can be rendered from a whole <see cref="NhpDataset"/>, as <c>nhp report</c> does. Implementations
/// are pure and thread-safe: the output depends only on the dataset and the format, never on a clock, the current
/// culture or the environment, so the same input gives byte-identical output. Lines end in <c>\n</c>.
/// </summary>
public interface IReport
{
    /// <summary>A stable, lower-case id used as the output file name, e.g. <c>delivery-plan</c>.</summary>
    string Id { get; }

    /// <summary>The report's title as a committee member would name it.</summary>
    string Title { get; }

    /// <summary>The formats the report can be rendered in, the preferred one first.</summary>
    IReadOnlyList<ReportFormat> Formats { get; }

    /// <summary>Renders the report for <paramref name="dataset"/> in <paramref name="format"/> to <paramref name="writer"/>.</summary>
    /// <param name="dataset">The data to report on.</param>
    /// <param name="format">One of <see cref="Formats"/>.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <exception cref="NotSupportedException"><paramref name="format"/> is not one of <see cref="Formats"/>.</exception>
    void Render(NhpDataset dataset, ReportFormat format, TextWriter writer);
}
