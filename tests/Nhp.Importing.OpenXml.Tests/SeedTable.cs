using Nhp.Datasets.CityOfLondon;
using Nhp.Delivery;

namespace Nhp.Importing.OpenXml.Tests;

/// <summary>The January 2024 plan table as the text importer reads it from the seed: what the Word and Excel documents are built from and compared with.</summary>
internal static class SeedTable
{
    public static PlanImportOptions Options { get; } = new() { KnownObjectives = CityOfLondonDataset.StrategyObjectives2023 };

    public static DeliveryPlan Plan { get; } = CityOfLondonDataset.February2024.DeliveryPlan!;

    public static readonly string[] NumberWords = ["ZERO", "ONE", "TWO", "THREE", "FOUR"];

    public static List<(string Code, RagStatus Rag, Target Target)> Key(DeliveryPlan plan) =>
        [.. plan.Deliverables.Select(d => (d.Code.ToString(), d.Latest!.Rag, d.Latest!.Target))];

    public static string RagWord(RagStatus rag) => rag == RagStatus.NotRated ? string.Empty : RagKey.Word(rag);
}
