using System.Globalization;
using System.Text;
using Nhp.Metrics;
using Nhp.Metrics.Spc;
using Nhp.Periods;

namespace Nhp.Datasets.CityOfLondon;

/// <summary>
/// The City of London Police measures, taken from the City of London Police papers: the Policing Plan measures of the "Q3
/// Policing Plan Performance 2023-24" report (Strategic Planning and Performance Committee, February 2024) with their
/// four quarters as printed, and the Community Engagement Strategic Plan's outcomes a–d and metrics a–j ("Community
/// Engagement Quarterly Update &amp; Measures of the Strategic Plan", November 2024) as definitions only: that paper
/// gives no values yet. Immutable and thread-safe.
/// </summary>
public static class MeasureCatalogue
{
    private const string EngagementPlan = "Community Engagement Strategic Plan";

    private static readonly Lazy<IReadOnlyList<MeasureSeries>> PolicingPlanLazy = new(BuildPolicingPlan);

    private static readonly Lazy<IReadOnlyList<PrintedChange>> PrintedChangesLazy = new(ReadPrintedChanges);

    /// <summary>The quarters the Q3 2023/24 report prints: Q4 2022/23 to Q3 2023/24.</summary>
    public static IReadOnlyList<FinancialQuarter> PolicingPlanQuarters { get; } =
        new[] { "Q4 2022/23", "Q1 2023/24", "Q2 2023/24", "Q3 2023/24" }.Select(FinancialQuarter.Parse).ToArray();

    /// <summary>The Policing Plan measures with their four printed quarters, in the order of the report.</summary>
    public static IReadOnlyList<MeasureSeries> PolicingPlan2023To24 => PolicingPlanLazy.Value;

    /// <summary>
    /// The changes the Q3 2023/24 paper printed, verbatim, with the comparison each makes. Three of its Q2 to Q3 changes
    /// divide by the later value (violent crime "18% (+79)" is 79/447); the ECCA one divides by the earlier value. The
    /// fraud outcomes are compared with Q3 2022/23, neighbourhood crime also with Q1 2023/24 and with its Q2 2022/23 peak,
    /// violence against women and girls by its average change per quarter since Q3 2022/23, anti-social behaviour with
    /// an average of a period the paper does not state, and hate crime over 12 months without its figures. Each keeps the
    /// difference printed beside the percentage, so a base the paper does not give can be derived from it. Read from the embedded
    /// <c>policing-plan-printed-changes-2023-24.tsv</c>.
    /// </summary>
    public static IReadOnlyList<PrintedChange> PolicingPlanPrintedChanges => PrintedChangesLazy.Value;

    /// <summary>The Q3 2023/24 Policing Plan performance set: the measures, the quarter and the printed changes.</summary>
    public static PerformanceSet PolicingPlanQ3 => new(
        "Q3 Policing Plan Performance 2023-24",
        FinancialQuarter.Parse("Q3 2023/24"),
        PolicingPlan2023To24,
        PolicingPlanPrintedChanges);

    /// <summary>The Community Engagement Strategic Plan's outcomes a–d, verbatim.</summary>
    public static IReadOnlyList<StrategyOutcome> EngagementOutcomes { get; } =
    [
        new(EngagementPlan, "a", "To improve public trust and confidence in the City of London Police"),
        new(EngagementPlan, "b", "To reduce crime in hotspot areas following targeted crime prevention advice"),
        new(EngagementPlan, "c", "To inform the public on how to protect themselves from crime as a result of crime prevention advice"),
        new(EngagementPlan, "d", "To increase diversity in demographics of public surveys"),
    ];

    /// <summary>
    /// The Community Engagement Strategic Plan's metrics a–j as definitions (ids <c>engagement-a</c> to
    /// <c>engagement-j</c>); no values, targets or directions were set by the paper, so direction is neutral.
    /// </summary>
    public static IReadOnlyList<MeasureDefinition> EngagementMetrics { get; } =
    [
        Engagement("a", "Number of cluster panel meetings", "Cluster panel meetings", MeasureUnit.Count),
        Engagement("b", "Number of business engagements", "Business engagements", MeasureUnit.Count),
        Engagement("c", "Number of Dedicated Ward Officer (DWO) initiated community engagement events", "DWO-initiated community engagement events", MeasureUnit.Count),
        Engagement("d", "Time dedicated to DWO high-visibility cluster patrols", "DWO high-visibility cluster patrol time", MeasureUnit.Hours),
        Engagement("e", "Volunteer time dedicated to community engagement (hrs)", "Volunteer time on community engagement", MeasureUnit.Hours),
        Engagement("f", "Confidence score in the City of London Police's public confidence survey", "Public confidence score", MeasureUnit.Score),
        Engagement("g", "Demographic breakdown (gender, ethnicity, age) of respondents to the City of London Police's public confidence survey", "Survey respondent demographics", MeasureUnit.Percentage),
        Engagement("h", "DWO Nextdoor activity (no of posts)", "DWO Nextdoor posts", MeasureUnit.Count),
        Engagement("i", "Number of 'you said we did' problem-solving logs for cluster panel meetings", "'You said, we did' problem-solving logs", MeasureUnit.Count),
        Engagement("j", "Number of social media posts containing crime prevention messaging", "Crime prevention social media posts", MeasureUnit.Count),
    ];

    /// <summary>Finds a Policing Plan or engagement measure by id (ordinal, case-insensitive).</summary>
    /// <param name="id">The id, e.g. <c>violent-crime</c>.</param>
    /// <returns>The definition, or null.</returns>
    public static MeasureDefinition? Find(string id) =>
        PolicingPlan2023To24.Select(s => s.Measure).Concat(EngagementMetrics)
            .FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.OrdinalIgnoreCase));

    private static MeasureDefinition Engagement(string label, string name, string subject, MeasureUnit unit) =>
        new(
            "engagement-" + label,
            name,
            subject,
            $"Metric {label} of the Community Engagement Strategic Plan: {name}.",
            "Not yet defined by the force: reporting starts with the January 2025 committee.",
            unit,
            DirectionOfGood.Neutral,
            MeasureFrequency.Quarterly,
            EngagementPlan,
            "City of London Police engagement records");

    // One row a measure (see Resources/README.md): the definition's fields, how the paper judges and compares it, then
    // the four quarters as printed. The commentary is a second resource, one section a measure.
    private static IReadOnlyList<MeasureSeries> BuildPolicingPlan()
    {
        var commentary = ReadCommentary();
        var rows = new List<string[]>();
        using (var reader = EmbeddedResources.Open(EmbeddedResources.PolicingPlanMeasures2023To24))
        {
            _ = reader.ReadLine();
            while (reader.ReadLine() is { Length: > 0 } line)
            {
                rows.Add(line.Split('\t'));
            }
        }

        const int FirstQuarter = 20;
        var quarters = rows.ToDictionary(cells => cells[0], cells => cells[FirstQuarter..], StringComparer.Ordinal);
        return [.. rows.Select(cells =>
        {
            var measure = new MeasureDefinition(
                cells[0], cells[1], cells[2], cells[3], cells[4],
                Enum.Parse<MeasureUnit>(cells[5]), Enum.Parse<DirectionOfGood>(cells[6]), MeasureFrequency.Quarterly, cells[7], cells[8],
                Target: Optional(cells[9]), Benchmark: Optional(cells[10]), BenchmarkText: Text(cells[11]))
            {
                TargetText = Text(cells[12]),
                ChartMethod = Enum.Parse<SpcMethod>(cells[13], ignoreCase: true),
                Comparisons = [.. cells[14].Split(';', StringSplitOptions.RemoveEmptyEntries).Select(Comparison).OfType<MeasureComparison>()],
                DenominatorId = Text(cells[15]),
                TrendComparison = Comparison(cells[17]) ?? MeasureComparison.PreviousQuarter,
                TargetTolerance = Optional(cells[18]),
                TrendTolerance = Optional(cells[19]),
            };
            var denominators = measure.DenominatorId is { } id ? quarters[id] : null;
            var numerators = Figures(cells[16], "numerator ");
            var observations = cells[FirstQuarter..]
                .Select((text, i) => (text, i))
                .Where(q => q.text.Length > 0)
                .Select(q => Observation(PolicingPlanQuarters[q.i], q.text) with
                {
                    Denominator = denominators is null || denominators[q.i].Length == 0 ? null : Observation(PolicingPlanQuarters[q.i], denominators[q.i]).Value,
                    Numerator = numerators.FirstOrDefault(n => n.Period == PolicingPlanQuarters[q.i])?.Value,
                });
            return new MeasureSeries(measure, observations)
            {
                ReferenceFigures = Figures(cells[16], string.Empty),
                ReferenceTotals = Totals(cells[16]),
                Commentary = commentary.TryGetValue(measure.Id, out var sections) ? sections : [],
            };
        })];
    }

    // One row a printed change: measure id, quarter, the comparison it makes, its percentage and difference, the sentence verbatim.
    private static IReadOnlyList<PrintedChange> ReadPrintedChanges()
    {
        using var reader = EmbeddedResources.Open(EmbeddedResources.PolicingPlanPrintedChanges2023To24);
        _ = reader.ReadLine();
        var changes = new List<PrintedChange>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var cells = line.Split('\t');
            changes.Add(new PrintedChange(cells[0], FinancialQuarter.Parse(cells[1]), cells[5], decimal.Parse(cells[3], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture))
            {
                Comparison = Comparison(cells[2]) ?? throw new InvalidOperationException($"A printed change must name a comparison, not '{cells[2]}'."),
                PrintedDifference = cells[4].Length > 0 ? decimal.Parse(cells[4], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) : null,
            });
        }

        return [.. changes];
    }

    // "previous-quarter;since Q1 2023/24": the comparisons the paper makes (MeasureComparison's text form); "target" is
    // the RAG, not a change; an empty cell is none.
    private static MeasureComparison? Comparison(string text) =>
        text is "target" or "" ? null
        : MeasureComparison.TryParse(text, out var comparison) ? comparison
        : throw new InvalidOperationException($"Unknown comparison '{text}' in {EmbeddedResources.PolicingPlanMeasures2023To24}.");

    // Figures quoted in the text, "Q3 2022/23=1,625" (the measure's own) or "numerator Q3 2023/24=381", separated by ';'.
    private static IReadOnlyList<QuarterlyObservation> Figures(string cell, string prefix) =>
    [
        .. cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(entry => !IsTotal(entry))
            .Where(entry => prefix.Length > 0 ? entry.StartsWith(prefix, StringComparison.Ordinal) : !entry.StartsWith("numerator ", StringComparison.Ordinal))
            .Select(entry => entry[prefix.Length..].Split('=', 2))
            .Select(parts => Observation(FinancialQuarter.Parse(parts[0]), parts[1])),
    ];

    // Totals quoted in the text, "Q1 2022/23 to Q3 2022/23=4,751", among the figures of the same cell.
    private static IReadOnlyList<PeriodTotal> Totals(string cell) =>
    [
        .. cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(IsTotal)
            .Select(entry => entry.Split('=', 2))
            .Select(parts => (Span: parts[0].Split(" to ", 2), Printed: parts[1]))
            .Select(t => new PeriodTotal(FinancialQuarter.Parse(t.Span[0]), FinancialQuarter.Parse(t.Span[1]), ParsePrinted(t.Printed), t.Printed)),
    ];

    private static bool IsTotal(string entry) => entry.Split('=', 2)[0].Contains(" to ", StringComparison.Ordinal);

    // A printed figure ("1,101", "95.5%"), or a value with the words printed for it ("0=break-even (£101m)").
    private static QuarterlyObservation Observation(FinancialQuarter quarter, string text)
    {
        var parts = text.Split('=', 2);
        return parts.Length == 2
            ? new QuarterlyObservation(quarter, ParsePrinted(parts[0]), parts[1])
            : new QuarterlyObservation(quarter, ParsePrinted(text), text);
    }

    // "## id", then "### Heading" and its verbatim text, for each section.
    private static Dictionary<string, IReadOnlyList<MeasureCommentary>> ReadCommentary()
    {
        using var reader = EmbeddedResources.Open(EmbeddedResources.PolicingPlanCommentary2023To24);
        var result = new Dictionary<string, IReadOnlyList<MeasureCommentary>>(StringComparer.Ordinal);
        string? id = null;
        string? heading = null;
        var sections = new List<MeasureCommentary>();
        var text = new StringBuilder();
        void EndSection()
        {
            if (heading is not null)
            {
                sections.Add(new MeasureCommentary(heading, text.ToString().Trim()));
            }

            heading = null;
            text.Clear();
        }

        void EndMeasure()
        {
            EndSection();
            if (id is not null)
            {
                result[id] = [.. sections];
            }

            sections.Clear();
        }

        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                EndSection();
                heading = line[4..];
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                EndMeasure();
                id = line[3..];
            }
            else
            {
                text.Append(line).Append('\n');
            }
        }

        EndMeasure();
        return result;
    }

    private static string? Text(string cell) => cell.Length > 0 ? cell : null;

    private static decimal? Optional(string text) =>
        text.Length > 0 ? decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) : null;

    private static decimal ParsePrinted(string text) =>
        decimal.Parse(text.TrimEnd('%').Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
