using Nhp.Datasets;
using Nhp.Integrity;

namespace Nhp.Reporting.Integrity;

/// <summary>
/// The crime data integrity report (id <c>crime-data-integrity</c>): the review's appendix as a committee reads it,
/// with compliance overall and by category and its uncertainty (Wilson 95% intervals, drawn as bars in HTML, and the
/// normal-approximation margin a paper quotes), timeliness by period, the flagging table with totals, equality-data
/// completeness against the force's policy, the recommendations with owner, timescale and status, and every check
/// that failed or did not reconcile. Pure and thread-safe.
/// </summary>
public sealed class CrimeDataIntegrityReport : IReport
{
    /// <inheritdoc />
    public string Id => "crime-data-integrity";

    /// <inheritdoc />
    public string Title => "Crime data integrity";

    /// <inheritdoc />
    public IReadOnlyList<ReportFormat> Formats { get; } = [ReportFormat.Markdown, ReportFormat.Html];

    /// <inheritdoc />
    public void Render(NhpDataset dataset, ReportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(writer);
        this.EnsureSupports(format);
        writer.Write(Render(dataset.CrimeDataIntegrity, dataset.Name, format));
    }

    /// <summary>Renders one review on its own, as <c>nhp cdi render</c> does.</summary>
    /// <param name="review">The review; null renders a page saying there is none.</param>
    /// <param name="name">The force and period the review belongs to, e.g. the dataset name; shown in the title.</param>
    /// <param name="format">Markdown or HTML.</param>
    /// <returns>The rendered text, lines ending in <c>\n</c>.</returns>
    /// <exception cref="NotSupportedException">Another format was asked for.</exception>
    public string Render(CdiReview? review, string name, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(name);
        this.EnsureSupports(format);
        var model = CdiReportModel.From(review, name);
        return format == ReportFormat.Html ? CdiHtml.Render(model) : CdiMarkdown.Render(model);
    }
}
