using Nhp.Datasets;
using Nhp.Reporting.Documents;
using Nhp.Text;

namespace Nhp.Reporting.Sources;

/// <summary>
/// The "Sources" report: the committee papers a dataset was taken from, with committee, date and reference, so a
/// reader of any other report can trace its figures.
/// </summary>
public sealed class SourcesReport : DocumentReport
{
    /// <inheritdoc />
    public override string Id => "sources";

    /// <inheritdoc />
    public override string Title => "Sources";

    /// <inheritdoc />
    public override Document Build(NhpDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new DocumentBuilder(Title + ": " + dataset.Name)
            .Paragraph("The figures in these reports were taken from the following papers.")
            .Table(
                [new TableColumn("Paper"), new TableColumn("Committee"), new TableColumn("Date"), new TableColumn("Reference")],
                dataset.Sources.Select(source => TableRow.Of(source.Title, source.Committee, Wording.Date(source.Date), source.Reference ?? "\u2014")),
                rowHeaders: true)
            .Build();
    }
}
