using Nhp.Datasets;
using Nhp.Reporting.Documents;
using Nhp.Text;

namespace Nhp.Reporting.Sources;

/// <summary>
/// The "Sources" report: the committee papers a dataset was taken from, with committee, date and reference, so a
/// reader of any other report can trace its figures; then any public data the reports use as context (such as
/// data.police.uk), apart from the papers, with its files, months and licence.
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
        var document = new DocumentBuilder(Title + ": " + dataset.Name)
            .Paragraph("The figures in these reports were taken from the following papers.")
            .Table(
                [new TableColumn("Paper"), new TableColumn("Committee"), new TableColumn("Date"), new TableColumn("Reference")],
                dataset.Sources.Where(source => !source.IsPublicData).Select(source => TableRow.Of(source.Title, source.Committee, Wording.Date(source.Date), source.Reference ?? "\u2014")),
                rowHeaders: true);
        var publicData = dataset.Sources.Where(source => source.IsPublicData).ToArray();
        if (publicData.Length > 0)
        {
            document.Heading("Public data").Paragraph("These are public data, not the force\u2019s own figures; the reports use them only as context and label them where they appear.");
            foreach (var source in publicData)
            {
                document.Subheading(source.Title).Definitions(PublicDataRows(source));
            }
        }

        return document.Build();
    }

    private static IEnumerable<(string Term, string Description)> PublicDataRows(SourceDocument source)
    {
        yield return ("Published by", source.Committee);
        if (source.Coverage is not null)
        {
            yield return ("Months used", source.Coverage);
        }

        if (source.Files.Count > 0)
        {
            yield return ("Files", string.Join(", ", source.Files));
        }

        if (source.Note is not null)
        {
            yield return ("Note", source.Note);
        }
    }
}
