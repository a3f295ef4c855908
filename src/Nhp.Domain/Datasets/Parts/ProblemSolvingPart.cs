using Nhp.Findings;
using Nhp.Importing;
using Nhp.ProblemSolving;

namespace Nhp.Datasets.Parts;

/// <summary>The problem-solving register, stored as <see cref="ProblemSolvingJson"/> in <c>problem-solving.json</c>.</summary>
internal sealed class ProblemSolvingPart : DatasetPart
{
    public override string Id => "problem-solving";

    public override string FileName => "problem-solving.json";

    public override string Description => "problem-solving register";

    public override string FormatName => "problem-solving register JSON (docs/problem-solving.schema.json)";

    public override IReadOnlyList<string> ReportIds { get; } = ["problem-solving"];

    public override bool IsIn(NhpDataset dataset) => dataset.ProblemSolving is not null;

    public override string Write(NhpDataset dataset) => ProblemSolvingJson.Write(dataset.ProblemSolving ?? throw Missing());

    public override ImportResult<NhpDataset> Read(NhpDataset dataset, TextReader reader, string source) =>
        ProblemSolvingJson.Read(reader, source).Select(value => dataset with { ProblemSolving = value });

    public override IReadOnlyList<Finding> Check(NhpDataset dataset) => ProblemSolvingRules.Check(dataset.ProblemSolving ?? throw Missing());

    private InvalidOperationException Missing() => new($"The dataset has no {Description}.");
}
