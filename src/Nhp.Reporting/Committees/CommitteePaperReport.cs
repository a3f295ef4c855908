using Nhp.Committees;
using Nhp.Datasets;
using Nhp.Reporting.Documents;

namespace Nhp.Reporting.Committees;

/// <summary>
/// Any document report of the catalog as a committee paper: the paper's front sheet, summary and recommendations, with
/// the report as its main report. It renders in every document format, and as Word through <c>Nhp.Reporting.Word</c>.
/// </summary>
public sealed class CommitteePaperReport : DocumentReport
{
    private readonly DocumentReport? mainReport;

    /// <summary>Creates the paper.</summary>
    /// <param name="paper">The paper (its front sheet, summary, recommendations, appendices, contacts).</param>
    /// <param name="mainReport">The report that is the paper's main report, or none for a paper whose main report the
    /// library does not render (its place says so).</param>
    public CommitteePaperReport(Paper paper, DocumentReport? mainReport)
    {
        ArgumentNullException.ThrowIfNull(paper);
        Paper = paper;
        this.mainReport = mainReport;
    }

    /// <summary>The paper.</summary>
    public Paper Paper { get; }

    /// <inheritdoc/>
    public override string Id => "paper-" + (mainReport?.Id ?? "not-available");

    /// <inheritdoc/>
    public override string Title => Paper.Title;

    /// <inheritdoc/>
    public override Document Build(NhpDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return PaperDocument.Build(Paper, mainReport?.Build(dataset));
    }
}
