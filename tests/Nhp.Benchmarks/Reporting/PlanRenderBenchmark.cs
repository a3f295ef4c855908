using System.Globalization;
using BenchmarkDotNet.Attributes;
using Nhp.Delivery;
using Nhp.Reporting;
using Nhp.Reporting.Delivery;
using NodaTime;

namespace Nhp.Benchmarks.Reporting;

/// <summary>
/// <c>nhp plan render</c> as Markdown, HTML and plain text for plans of 1,000, 10,000 and 100,000 deliverables
/// (100 deliverables an objective). Rendering must be linear: the time per deliverable should stay flat as the plan
/// grows ten-fold (16,000 deliverables once took 15 s, because each row recomputed the plan's as-of month).
/// </summary>
[MemoryDiagnoser]
public class PlanRenderBenchmark
{
    // Codes go up to 999.999 (DeliverableCode.MaxPart), so a million deliverables need more than 100 an objective.
    private const int PerObjective = 999;
    private static readonly RagStatus[] Rags = [RagStatus.Green, RagStatus.Amber, RagStatus.Red];
    private readonly DeliveryPlanReport report = new();
    private DeliveryPlan plan = null!;

    /// <summary>The number of deliverables in the plan.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Deliverables { get; set; }

    /// <summary>The output format.</summary>
    [Params(ReportFormat.Markdown, ReportFormat.Html, ReportFormat.Text)]
    public ReportFormat Format { get; set; }

    [GlobalSetup]
    public void Setup() => plan = Plan(Deliverables);

    [Benchmark]
    public long Render()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        report.Render(plan, Format, writer);
        return writer.GetStringBuilder().Length;
    }

    /// <summary>A deterministic plan of <paramref name="deliverables"/> deliverables, each with one update.</summary>
    internal static DeliveryPlan Plan(int deliverables)
    {
        var objectives = new List<Objective>();
        for (var o = 0; o * PerObjective < deliverables; o++)
        {
            var items = Enumerable.Range(1, Math.Min(PerObjective, deliverables - (o * PerObjective))).Select(d => new Deliverable
            {
                Code = DeliverableCode.Parse(string.Create(CultureInfo.InvariantCulture, $"{o + 1}.{d}")),
                Commitment = "Hold a quarterly ward panel in every cluster & publish the minutes <online>",
                Updates =
                [
                    new StatusUpdate
                    {
                        AsOf = new YearMonth(2024, 1),
                        Summary = "Panels held in Bank and Barbican; the remaining clusters are booked for February.",
                        Rag = Rags[d % Rags.Length],
                        Target = Target.Parse("31/03/2024"),
                    },
                ],
            }).ToList();
            objectives.Add(new Objective { Number = o + 1, Title = "Objective " + (o + 1).ToString(CultureInfo.InvariantCulture), Deliverables = items });
        }

        return new DeliveryPlan { Title = "Benchmark plan", Objectives = objectives };
    }
}
