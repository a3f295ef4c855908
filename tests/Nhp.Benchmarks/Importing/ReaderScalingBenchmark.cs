using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Nhp.Delivery;
using Nhp.Engagement;
using Nhp.Governance.Inspections;
using Nhp.Integrity;
using Nhp.Metrics;
using Nhp.ProblemSolving;
using Nhp.Reviews;

namespace Nhp.Benchmarks.Importing;

/// <summary>
/// Every reader of row-shaped input, and the writers of row-shaped output, on inputs of 1,000, 10,000 and 100,000
/// rows (deliverables, plans, actions, recommendations, measures, meetings), each made from the seed input of the
/// format by repeating its rows with new identifiers. Time per row should stay flat as the rows grow ten-fold. The
/// plan text importer, the plan report renderers and the police.uk reader have benchmarks of their own.
/// </summary>
[MemoryDiagnoser]
public class ReaderScalingBenchmark
{
    private static readonly string Corpus = FindCorpus();
    private string input = string.Empty;
    private DeliveryPlan? plan;
    private ProblemSolvingRegister? register;
    private InspectionActionRegister? actions;

    /// <summary>Rows in the input (or, for a writer, in the model written).</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Rows { get; set; }

    /// <summary>The reader (<c>Read…</c>) or writer (<c>Write…</c>).</summary>
    [ParamsAllValues]
    public RowFormat Case { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        switch (Case)
        {
            case RowFormat.ReadPlanJson or RowFormat.WritePlanJson:
                input = PlanJson.Write(Reporting.PlanRenderBenchmark.Plan(Rows));
                plan = PlanJson.Read(new StringReader(input), "plan.json").Value;
                break;
            case RowFormat.ReadPlanCsv or RowFormat.WritePlanCsv:
                var generated = Reporting.PlanRenderBenchmark.Plan(Rows);
                input = PlanCsv.Write(generated);
                plan = generated;
                break;
            case RowFormat.ReadCdiCsv:
                // The review's recommendation rows repeated, numbered 1 to n.
                var lines = File.ReadAllLines(Path.Combine(Corpus, "cdi-csv", "review.csv"));
                var builder = new StringBuilder();
                foreach (var line in lines.Where(l => !l.StartsWith("recommendation,", StringComparison.Ordinal)))
                {
                    builder.Append(line).Append('\n');
                }

                for (var i = 1; i <= Rows; i++)
                {
                    builder.Append(CultureInfo.InvariantCulture, $"recommendation,{i},Train staff in crime recording rule {i},Supt,March 2024,amber\n");
                }

                input = builder.ToString();
                break;
            case RowFormat.ReadEngagementJson:
                input = Repeat("engagement-json/engagement.json", "meetings", (item, i) => item["title"] = $"Meeting {i}");
                break;
            case RowFormat.ReadPerformanceJson:
                input = Repeat("performance-json/measures-example.json", "measures", (item, i) => item["id"] = $"measure-{i}", "printedChanges");
                break;
            case RowFormat.ReadProblemSolvingCsv or RowFormat.WriteProblemSolvingCsv:
                input = ProblemSolvingCsv.Write(ProblemSolvingJson.Read(new StringReader(Repeat("problem-solving-json/problem-solving-register.json", "plans", (item, i) => item["reference"] = $"PS-{i}")), "plans.json").Value!);
                register = ProblemSolvingCsv.Read(new StringReader(input), "plans.csv", Options).Value;
                break;
            case RowFormat.ReadProblemSolvingJson:
                input = Repeat("problem-solving-json/problem-solving-register.json", "plans", (item, i) => item["reference"] = $"PS-{i}");
                break;
            case RowFormat.ReadRecommendationsJson:
                input = Repeat("recommendations-json/review-recommendations.json", "recommendations", (item, i) => item["id"] = $"R{i}");
                break;
            case RowFormat.ReadInspectionActionsCsv or RowFormat.WriteInspectionActionsCsv:
                input = InspectionActionCsv.Write(InspectionActionJson.Read(new StringReader(Repeat("inspection-actions-json/inspection-actions.json", "actions", (item, i) => item["id"] = $"ACT-{i}")), "actions.json").Value!);
                actions = InspectionActionCsv.Read(new StringReader(input), "actions.csv").Value;
                break;
            case RowFormat.ReadInspectionActionsJson:
                input = Repeat("inspection-actions-json/inspection-actions.json", "actions", (item, i) => item["id"] = $"ACT-{i}");
                break;
            default:
                throw new InvalidOperationException($"No case {Case}.");
        }
    }

    [Benchmark]
    public int Run() => Case switch
    {
        RowFormat.ReadPlanJson => PlanJson.Read(new StringReader(input), "plan.json").Value!.Deliverables.Count(),
        RowFormat.ReadPlanCsv => PlanCsv.Read(new StringReader(input), "plan.csv").Value!.Deliverables.Count(),
        RowFormat.ReadCdiCsv => CdiReviewCsv.Read(new StringReader(input), "review.csv").Findings.Count,
        RowFormat.ReadEngagementJson => EngagementJson.Read(new StringReader(input), "engagement.json").Findings.Count,
        RowFormat.ReadPerformanceJson => PerformanceJson.Read(new StringReader(input), "measures.json").Findings.Count,
        RowFormat.ReadProblemSolvingCsv => ProblemSolvingCsv.Read(new StringReader(input), "plans.csv", Options).Findings.Count,
        RowFormat.ReadProblemSolvingJson => ProblemSolvingJson.Read(new StringReader(input), "plans.json").Findings.Count,
        RowFormat.ReadRecommendationsJson => ReviewRecommendationsJson.Read(new StringReader(input), "recommendations.json").Findings.Count,
        RowFormat.ReadInspectionActionsCsv => InspectionActionCsv.Read(new StringReader(input), "actions.csv").Findings.Count,
        RowFormat.ReadInspectionActionsJson => InspectionActionJson.Read(new StringReader(input), "actions.json").Findings.Count,
        RowFormat.WritePlanCsv => PlanCsv.Write(plan!).Length,
        RowFormat.WritePlanJson => PlanJson.Write(plan!).Length,
        RowFormat.WriteProblemSolvingCsv => ProblemSolvingCsv.Write(register!).Length,
        RowFormat.WriteInspectionActionsCsv => InspectionActionCsv.Write(actions!).Length,
        _ => throw new InvalidOperationException($"No case {Case}."),
    };

    private static ProblemSolvingImportOptions Options { get; } = new() { AsOf = new NodaTime.LocalDate(2024, 3, 31) };

    // The seed's array of rows repeated to the number of rows, each copy given a new identifier; other arrays named are emptied.
    private string Repeat(string seed, string array, Action<JsonObject, int> identify, params string[] empty)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(Corpus, seed)))!.AsObject();
        var items = root[array]!.AsArray();
        var copies = new JsonArray();
        for (var i = 0; i < Rows; i++)
        {
            var copy = items[i % items.Count]!.DeepClone().AsObject();
            identify(copy, i + 1);
            copies.Add(copy);
        }

        root[array] = copies;
        foreach (var name in empty)
        {
            root[name] = new JsonArray();
        }

        return root.ToJsonString();
    }

    // The fuzzing seed corpus, the one set of small valid inputs of every format, found from the benchmark's folder upwards.
    private static string FindCorpus()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var corpus = Path.Combine(folder.FullName, "tests", "Nhp.Fuzzing", "corpus");
            if (Directory.Exists(corpus))
            {
                return corpus;
            }
        }

        throw new DirectoryNotFoundException("tests/Nhp.Fuzzing/corpus was not found above the benchmark's folder.");
    }
}
