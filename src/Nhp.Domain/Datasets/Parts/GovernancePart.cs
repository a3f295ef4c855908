using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Nhp.Findings;
using Nhp.Governance;
using Nhp.Importing;
using Nhp.Serialization;

namespace Nhp.Datasets.Parts;

/// <summary>
/// The governance registers (inspection actions with their printed summary, tables with totals, outstanding
/// references, areas for improvement, workforce diversity), stored whole as JSON in <c>governance.json</c> (format <c>nhp-governance</c>, version 1).
/// </summary>
internal sealed class GovernancePart : DatasetPart
{
    private const string Format = "nhp-governance";

    private static readonly string[] Accepted = ["{ \"format\": \"nhp-governance\", \"version\": 1, \"inspectionActions\": { … }, \"modernSlavery\": { … }, \"outstandingReferences\": { … }, \"peel\": { … }, \"workforce\": { … } }"];

    public override string Id => "governance";

    public override string FileName => "governance.json";

    public override string Description => "governance registers";

    public override string FormatName => Format + " (docs/governance.md)";

    public override IReadOnlyList<string> ReportIds { get; } = ["inspection-actions", "modern-slavery", "outstanding-references", "peel", "workforce"];

    public override bool IsIn(NhpDataset dataset) => dataset.Governance is not null;

    public override string Write(NhpDataset dataset) =>
        StoredFileReader.Write(dataset.Governance ?? throw Missing(), NhpJson.Context.GovernanceData, Format, 1);

    public override ImportResult<NhpDataset> Read(NhpDataset dataset, TextReader reader, string source)
    {
        var bytes = StoredJson.Bytes(reader);
        var file = StoredJson.Parse(bytes, source, "a governance file", Accepted);
        file.CheckFormat(Format, 1, "governance files");
        var node = JsonNode.Parse(Encoding.UTF8.GetString(bytes), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!.AsObject();
        node.Remove("format");
        node.Remove("version");
        try
        {
            var data = node.Deserialize(NhpJson.Context.GovernanceData)
                ?? throw new NhpInputException("The governance file holds null.", new SourceLocation(source, 1), null, Accepted);
            return new ImportResult<NhpDataset>(dataset with { Governance = data }, [], source);
        }
        catch (JsonException e)
        {
            throw new NhpInputException($"The governance file could not be read at {e.Path}: {e.Message}", new SourceLocation(source, null), e.Path, Accepted);
        }
    }

    public override IReadOnlyList<Finding> Check(NhpDataset dataset)
    {
        var data = dataset.Governance ?? throw Missing();
        return
        [
            .. data.InspectionActions is { } actions ? GovernanceRules.CheckActions(actions) : [],
            .. data.ModernSlavery is { } tables ? GovernanceRules.CheckTables(tables) : [],
            .. data.OutstandingReferences is { } references ? GovernanceRules.CheckReferences(references) : [],
            .. data.Peel is { } peel ? GovernanceRules.CheckPeel(new Governance.Peel.PeelCheck(peel, data.InspectionActions?.Register, dataset.DeliveryPlan) { AsOf = dataset.AsOf }) : [],
            .. data.Workforce is { } workforce ? GovernanceRules.CheckWorkforce(workforce) : [],
        ];
    }

    private InvalidOperationException Missing() => new($"The dataset has no {Description}.");
}
