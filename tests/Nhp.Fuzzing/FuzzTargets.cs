using System.Text;
using Nhp.Delivery;
using Nhp.Engagement;
using Nhp.Integrity;
using Nhp.PoliceUk;

namespace Nhp.Fuzzing;

/// <summary>
/// Every reader of the library as a fuzz target: the input is read, and what was read is checked, as the
/// <c>nhp</c> command would. A result, findings, or an <see cref="NhpInputException"/> (a located input error)
/// are all fine; any other exception is a bug, and escapes to the fuzzer as a crash.
/// </summary>
internal static class FuzzTargets
{
    /// <summary>The targets by name, each the folder name of its seed corpus.</summary>
    public static IReadOnlyDictionary<string, Action<Stream>> All { get; } = new Dictionary<string, Action<Stream>>(StringComparer.Ordinal)
    {
        ["plan-text"] = stream => Plan(PlanText.Read(stream, "fuzz.txt")),
        ["plan-csv"] = stream => Plan(PlanCsv.Read(stream, "fuzz.csv")),
        ["plan-json"] = stream => Plan(PlanJson.Read(stream, "fuzz.json")),
        ["objectives"] = stream => _ = StrategyObjectives.Read(stream, "fuzz.txt").Findings.Count,
        ["cdi-csv"] = stream =>
        {
            var review = CdiReviewCsv.Read(stream, "fuzz.csv");
            if (review.Value is { } value)
            {
                _ = value.Check().Count;
            }
        },
        ["engagement-json"] = stream =>
        {
            var data = EngagementJson.Read(stream, "fuzz.json");
            if (data.Value is { } value)
            {
                _ = EngagementRules.Check(value).Count;
            }
        },
        ["performance-json"] = stream =>
        {
            var set = Metrics.PerformanceJson.Read(stream, "fuzz.json");
            if (set.Value is { } value)
            {
                foreach (var series in value.Measures)
                {
                    _ = Metrics.PerformanceRules.Check(new Metrics.MeasureCheck(series, value.Quarter)).Count;
                    _ = series.PaperComparisons(value.Quarter).Count;
                }
            }
        },
        ["problem-solving-json"] = stream => _ = ProblemSolving.ProblemSolvingJson.Read(stream, "fuzz.json").Value is { } register ? ProblemSolving.ProblemSolvingRules.Check(register).Count : 0,
        ["framework-json"] = stream => _ = Frameworks.FrameworkJson.Read(stream, "fuzz.json").Value is { } data ? Frameworks.FrameworkRules.Check(data).Count : 0,
        ["paper-text"] = stream =>
        {
            var papers = Committees.PaperText.Read(stream, "fuzz.txt");
            foreach (var paper in papers.Value ?? [])
            {
                _ = Committees.PaperRules.Check(paper.ToCheck()).Count;
            }
        },
        ["front-sheet-json"] = stream =>
        {
            var paper = Committees.FrontSheetJson.Read(stream, "fuzz.json");
            if (paper.Value is { } value)
            {
                _ = Committees.PaperRules.Check(value).Count;
                _ = Committees.FrontSheetJson.Write(value).Length;
            }
        },
        ["policing-model-json"] = stream => _ = Policing.PolicingModelJson.Read(stream, "fuzz.json").Value is { } model ? Policing.PolicingModelRules.Check(model).Count + model.ActivitySeries().Count : 0,
        ["problem-solving-csv"] = stream => _ = ProblemSolving.ProblemSolvingCsv.Read(stream, "fuzz.csv", new ProblemSolving.ProblemSolvingImportOptions { AsOf = new NodaTime.LocalDate(2024, 3, 31) }).Value is { } register
            ? ProblemSolving.ProblemSolvingRules.Check(register).Count + ProblemSolving.ProblemSolvingCsv.Write(register).Length
            : 0,
        ["recommendations-json"] = stream => _ = Reviews.ReviewRecommendationsJson.Read(stream, "fuzz.json").Value is { } register ? Reviews.RecommendationRules.Check(register).Count : 0,
        ["inspection-actions-csv"] = stream => Actions(Governance.Inspections.InspectionActionCsv.Read(stream, "fuzz.csv")),
        ["inspection-actions-json"] = stream => Actions(Governance.Inspections.InspectionActionJson.Read(stream, "fuzz.json")),
        ["peel-json"] = stream =>
        {
            if (Governance.Peel.PeelJson.Read(stream, "fuzz.json").Value is { } update)
            {
                _ = Governance.GovernanceRules.CheckPeel(new Governance.Peel.PeelCheck(update)).Count;
                _ = Governance.Peel.PeelJson.Write(update).Length;
            }
        },
        ["workforce-json"] = stream =>
        {
            if (Governance.Workforce.DiversityProfileJson.Read(stream, "fuzz.json").Value is { } profile)
            {
                // The profile compared with itself as the population, so the comparison's sums run as well.
                var workforce = new Governance.Workforce.WorkforceDiversity { Profile = profile, Population = profile, NotStatedThreshold = Governance.Workforce.WorkforceDiversity.DefaultNotStatedThreshold };
                _ = Governance.GovernanceRules.CheckWorkforce(workforce).Count;
                _ = Governance.Workforce.ProfileComparisonCsv.Write(workforce).Length;
                _ = Governance.Workforce.DiversityProfileJson.Write(profile).Length;
            }
        },
        ["references-text"] = stream =>
        {
            if (Governance.References.OutstandingReferencesText.Read(stream, "fuzz.tsv", "Committee", new NodaTime.LocalDate(2024, 2, 1)).Value is { } list)
            {
                _ = Governance.GovernanceRules.CheckReferences(list).Count;
            }
        },
        ["text-table"] = stream =>
        {
            var options = new Governance.Tables.TextTableOptions { Id = "fuzz", Title = "Fuzz", RowDimension = "Rows", ColumnDimension = "Columns" };
            if (Governance.Tables.TextTableReader.Read(stream, "fuzz.tsv", options).Value is { } table)
            {
                _ = Governance.GovernanceRules.CheckTables(new Governance.Tables.TableSet("Fuzz", [table], [])).Count;
                _ = Governance.Tables.CrossTabCsv.Write([table]).Length;
            }
        },
        ["engagement-metrics-json"] = stream =>
        {
            using var reader = new StreamReader(stream, Encoding.UTF8);
            _ = EngagementMetricsJson.Write(EngagementMetricsJson.Read(reader, "fuzz.json")).Length;
        },
        ["findings-json"] = stream => _ = Findings.FindingsJson.Write(Findings.FindingsJson.Read(stream, "fuzz.json")).Length,
        ["policeuk-csv"] = stream =>
        {
            var counts = PoliceUkCrimeReader.Read(stream, "fuzz.csv");
            if (counts.Value is { } value)
            {
                _ = value.AllSeries().Count;
            }
        },
    };

    /// <summary>Runs one target on one input, turning the expected input error into a normal return.</summary>
    /// <param name="target">The target's name.</param>
    /// <param name="input">The input.</param>
    public static void Run(string target, Stream input)
    {
        try
        {
            All[target](input);
        }
        catch (NhpInputException e) when (!string.IsNullOrWhiteSpace(e.Reason))
        {
            // An input error with a reason: the outcome the readers promise for unusable input.
        }
    }

    /// <summary>Runs one target on bytes.</summary>
    /// <param name="target">The target's name.</param>
    /// <param name="input">The input.</param>
    public static void Run(string target, byte[] input)
    {
        using var stream = new MemoryStream(input, writable: false);
        Run(target, stream);
    }

    /// <summary>Runs one target on text (UTF-8).</summary>
    /// <param name="target">The target's name.</param>
    /// <param name="input">The input.</param>
    public static void Run(string target, string input) => Run(target, Encoding.UTF8.GetBytes(input));

    private static void Actions(Importing.ImportResult<Governance.Inspections.InspectionActionRegister> import)
    {
        if (import.Value is not { } register)
        {
            return;
        }

        // Counted over the year to the register's latest date, as `nhp governance actions` does without --as-of.
        var dates = register.Actions.SelectMany(a => a.Closed is { } closed ? [a.Raised, closed] : new[] { a.Raised }).ToArray();
        if (dates.Length > 0)
        {
            var asOf = dates.Max();
            var start = asOf.Year > 1 ? asOf.PlusYears(-1) : asOf;
            var update = new Governance.Inspections.InspectionActionsUpdate { Title = "Fuzz", Start = start, AsOf = asOf, HistoricCutOff = start, Register = register };
            _ = Governance.GovernanceRules.CheckActions(update).Count;
            _ = Governance.Inspections.InspectionActionCsv.WriteFigures(update).Length;
        }

        _ = Governance.Inspections.InspectionActionCsv.Write(register).Length;
    }

    private static void Plan(Importing.ImportResult<DeliveryPlan> import)
    {
        if (import.Value is { } plan)
        {
            _ = PlanRules.Check(plan, d => d.Location).Count;
            _ = PlanCsv.Write(plan).Length;
            _ = PlanJson.Write(plan).Length;
        }
    }
}
