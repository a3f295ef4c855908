using Nhp.Findings;
using Nhp.Importing;
using Nhp.Integrity;

namespace Nhp.Datasets.Parts;

/// <summary>The crime data integrity review, stored as <see cref="CdiReviewCsv"/> in <c>crime-data-integrity.csv</c>.</summary>
internal sealed class CrimeDataIntegrityPart : DatasetPart
{
    public override string Id => "crime-data-integrity";

    public override string FileName => "crime-data-integrity.csv";

    public override string Description => "crime data integrity review";

    public override string FormatName => "crime data integrity CSV (docs/crime-data-integrity.md)";

    public override IReadOnlyList<string> ReportIds { get; } = ["crime-data-integrity"];

    public override bool IsIn(NhpDataset dataset) => dataset.CrimeDataIntegrity is not null;

    public override string Write(NhpDataset dataset) => CdiReviewCsv.Write(dataset.CrimeDataIntegrity ?? throw Missing());

    public override ImportResult<NhpDataset> Read(NhpDataset dataset, TextReader reader, string source) =>
        CdiReviewCsv.Read(reader, source).Select(review => dataset with { CrimeDataIntegrity = review });

    public override IReadOnlyList<Finding> Check(NhpDataset dataset) => CdiRules.Check(dataset.CrimeDataIntegrity ?? throw Missing());

    private InvalidOperationException Missing() => new($"The dataset has no {Description}.");
}
