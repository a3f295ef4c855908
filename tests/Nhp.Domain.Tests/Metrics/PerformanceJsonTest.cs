using CsCheck;
using Nhp.Datasets.CityOfLondon;
using Nhp.Findings;
using Nhp.Metrics;
using Nhp.Metrics.Spc;
using Nhp.Periods;
using Nhp.PoliceUk;
using NodaTime;

namespace Nhp.Domain.Tests.Metrics;

/// <summary>The performance measures file: write then read gives back an equal set; bad input is located.</summary>
public sealed class PerformanceJsonTest
{
    private static readonly Gen<string> Texts = Gen.Char["abcXYZ 019,.;:'\"\n\t=+-@<>&é–£%/\\"].Array[0, 16].Select(chars => new string(chars));

    private static readonly Gen<decimal> Numbers = Gen.Int[-1_000_000, 1_000_000].Select(i => i / 100m);

    private static readonly Gen<FinancialQuarter> Quarters = Gen.Select(Gen.Int[2018, 2026], Gen.Int[1, 4], (y, q) => new FinancialQuarter(new FinancialYear(y), q));

    private static readonly Gen<MeasureComparison> Comparisons = Gen.Select(Gen.Enum<ChangeKind>(), Quarters, Quarters, (kind, a, b) => kind switch
    {
        ChangeKind.AgainstAverage => new MeasureComparison(kind) { From = a < b ? a : b, To = a < b ? b : a },
        ChangeKind.SinceQuarter or ChangeKind.SincePeak or ChangeKind.AverageChangePerQuarter => new MeasureComparison(kind) { From = a },
        _ => new MeasureComparison(kind),
    });

    private static readonly Gen<QuarterlyObservation> Observations = Gen.Select(Quarters, Numbers.Nullable(), Texts.Null(), Numbers.Nullable(), Numbers.Nullable(),
        (q, v, p, n, d) => new QuarterlyObservation(q, v, p, n, d));

    private static readonly Gen<PeriodTotal> Totals = Gen.Select(Quarters, Quarters, Numbers, Texts.Null(),
        (a, b, v, p) => new PeriodTotal(a < b ? a : b, a < b ? b : a, v, p));

    private static readonly Gen<MeasureSeries> Measure =
        Gen.Select(Texts, Gen.Enum<MeasureUnit>(), Gen.Enum<DirectionOfGood>(), Gen.Enum<MeasureFrequency>(), Numbers.Nullable(), Numbers.Nullable(), Texts.Null(), Gen.Enum<SpcMethod>())
            .SelectMany(d => Gen.Select(Comparisons.Array[0, 3], Comparisons, Gen.Int[0, 500].Select(i => i / 10m).Nullable(), Observations.Array[0, 6], Observations.Array[0, 2], Gen.Select(Texts, Texts).Array[0, 2], Texts.Null(), Totals.Array[0, 2],
                (comparisons, trend, tolerance, figures, references, commentary, targetText, totals) =>
                    new MeasureSeries(
                        new MeasureDefinition("m", d.Item1, d.Item1 + "s", d.Item1, d.Item1, d.Item2, d.Item3, d.Item4, d.Item1, d.Item1, d.Item5, d.Item6, d.Item7)
                        {
                            ChartMethod = d.Item8,
                            Comparisons = comparisons,
                            TrendComparison = trend,
                            TargetTolerance = tolerance,
                            TrendTolerance = tolerance is { } t ? t + 1 : null,
                            TargetText = targetText,
                        },
                        figures.DistinctBy(f => f.Period))
                    {
                        ReferenceFigures = references,
                        ReferenceTotals = totals,
                        Commentary = [.. commentary.Select(c => new MeasureCommentary(c.Item1, c.Item2))],
                    }));

    private static readonly Gen<PerformanceSet> Sets =
        Gen.Int[0, 4].SelectMany(count => Gen.Select(
            Texts,
            Quarters,
            Measure.Array[count].Select(measures => measures.Select((m, i) => new MeasureSeries(m.Measure with { Id = "m" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) }, m.Observations)
            {
                ReferenceFigures = m.ReferenceFigures,
                ReferenceTotals = m.ReferenceTotals,
                Commentary = m.Commentary,
            }).ToArray()),
            Gen.Select(Gen.Int[0, Math.Max(0, count - 1)], Quarters, Texts, Numbers, Comparisons, Numbers.Nullable(), (i, q, t, p, c, d) => new PrintedChange("m" + i, q, t, p) { Comparison = c, PrintedDifference = d }).Array[0, count == 0 ? 0 : 3],
            Gen.Select(Gen.OneOf(Gen.Const("violence"), Gen.Const("neighbourhood-crime")), Gen.Int[1, 12], Gen.Int[0, 500].Nullable(), (s, m, c) => new MonthlyCrimeCount(new YearMonth(2023, m), s, c)).Array[0, 4],
            Gen.Int[1, 28].Nullable(),
            (title, quarter, measures, changes, context, day) => new PerformanceSet(title, quarter, measures, changes)
            {
                MonthlyContext = [.. context.DistinctBy(c => (c.CrimeType, c.Month)).OrderBy(c => c.CrimeType, StringComparer.Ordinal).ThenBy(c => c.Month)],
                ContextCutOff = day is { } d ? new LocalDate(2024, 2, d) : null,
            }));

    private static void AssertSame(PerformanceSet expected, PerformanceSet actual)
    {
        Assert.Equal((expected.Title, expected.Quarter, expected.ContextCutOff), (actual.Title, actual.Quarter, actual.ContextCutOff));
        Assert.Equal(expected.Measures.Count, actual.Measures.Count);
        foreach (var (e, a) in expected.Measures.Zip(actual.Measures))
        {
            Assert.Equal(e.Measure, a.Measure);
            Assert.Equal(e.Observations, a.Observations);
            Assert.Equal(e.ReferenceFigures, a.ReferenceFigures);
            Assert.Equal(e.ReferenceTotals, a.ReferenceTotals);
            Assert.Equal(e.Commentary, a.Commentary);
        }

        Assert.Equal(expected.PrintedChanges, actual.PrintedChanges);
        Assert.Equal(expected.MonthlyContext, actual.MonthlyContext);
    }

    [Fact]
    public void Any_performance_set_written_then_read_is_equal() =>
        Sets.Sample(set =>
        {
            var read = PerformanceJson.Read(new StringReader(PerformanceJson.Write(set)), "measures.json");
            Assert.DoesNotContain(read.Findings, f => f.Severity > Severity.Info);
            AssertSame(set, read.GetValueOrThrow());
        });

    [Fact]
    public void The_City_of_London_Q3_set_written_then_read_is_equal_with_its_comparisons_and_commentary()
    {
        var set = MeasureCatalogue.PolicingPlanQ3;
        var json = PerformanceJson.Write(set);
        Assert.Contains("\"since Q1 2023/24\"", json, StringComparison.Ordinal);
        Assert.Contains("\"trendComparison\": \"year-on-year\"", json, StringComparison.Ordinal);
        var read = PerformanceJson.Read(new StringReader(json), "q3.json");
        AssertSame(set, read.GetValueOrThrow());

        // Victim satisfaction and hate crime have no figure for Q3 (the paper prints none): a notice each, no error.
        Assert.Equal(["hate-crime", "victim-satisfaction"], read.Findings.Where(f => f.RuleId == PerformanceImportRules.QuarterMissing).Select(f => f.Subject).Order(StringComparer.Ordinal));
        Assert.Equal(json, PerformanceJson.Write(read.GetValueOrThrow()));
    }

    [Fact]
    public void A_measure_that_cannot_be_read_is_left_out_with_its_line_path_and_the_accepted_values()
    {
        const string json = """
            { "format": "nhp-performance", "version": 1, "title": "T", "quarter": "Q3 2023/24",
              "measures": [
                { "id": "a", "name": "A", "unit": "count", "directionOfGood": "lower", "figures": [ { "quarter": "Q3 2023/24", "value": 4 } ] },
                { "id": "b", "name": "B", "unit": "count", "directionOfGood": "lower",
                  "comparisons": [ "since last spring" ] }
              ] }
            """;
        var result = PerformanceJson.Read(new StringReader(json), "mine.json");
        var finding = Assert.Single(result.Findings, f => f.RuleId == PerformanceImportRules.MeasureInvalid);
        Assert.Equal(new SourceLocation("mine.json", 5), finding.Location);
        Assert.Contains("$.measures[1].comparisons[0]", finding.Message, StringComparison.Ordinal);
        Assert.Contains("\"since Q1 2023/24\"", finding.Message, StringComparison.Ordinal);
        Assert.Equal(["a"], result.GetValueOrThrow().Measures.Select(m => m.Measure.Id));
    }

    [Fact]
    public void Two_figures_for_one_quarter_leave_the_measure_out_naming_the_quarter()
    {
        const string json = """{ "format": "nhp-performance", "version": 1, "title": "T", "quarter": "Q3 2023/24", "measures": [ { "id": "a", "name": "A", "unit": "count", "directionOfGood": "lower", "figures": [ { "quarter": "Q3 2023/24", "value": 4 }, { "quarter": "Q3 23/24", "value": 5 } ] } ] }""";
        var result = PerformanceJson.Read(new StringReader(json), "mine.json");
        Assert.Contains("two figures for Q3 2023/24", Assert.Single(result.Findings, f => f.RuleId == PerformanceImportRules.MeasureInvalid).Message, StringComparison.Ordinal);
        Assert.Empty(result.GetValueOrThrow().Measures);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("[1, 2]", "one JSON object")]
    [InlineData("{ \"format\": \"nhp-engagement\", \"version\": 1 }", "not 'nhp-performance'")]
    [InlineData("{ \"format\": \"nhp-performance\", \"version\": 2 }", "version 2")]
    [InlineData("{ \"title\": \"T\" }", "not a performance measures file")]
    public void Input_that_is_not_a_measures_file_is_refused_with_a_located_message(string json, string expected)
    {
        var error = Assert.Throws<NhpInputException>(() => PerformanceJson.Read(new StringReader(json), "mine.json"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("mine.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_measures_file_reads_without_a_warning()
    {
        var result = PerformanceJson.Read(Path.Combine(AppContext.BaseDirectory, "Data", "measures-example.json"));
        Assert.DoesNotContain(result.Findings, f => f.Severity > Severity.Info);
        var set = result.GetValueOrThrow();
        Assert.True(set.Measures.Count >= 4);
        Assert.Contains(set.Measures, m => m.Measure.Target is not null);
        Assert.Contains(set.Measures, m => m.Measure.Benchmark is not null);
        Assert.Contains(set.Measures, m => m.Measure.Comparisons.Any(c => c.Kind == ChangeKind.SinceQuarter));
    }

    [Fact]
    public void The_published_JSON_schema_is_the_one_the_reader_uses()
    {
        var expected = PerformanceJson.Schema();
        if (Nhp.Testing.Snapshot.AcceptRequested())
        {
            File.WriteAllText(Path.Combine(RepositoryRoot(), "docs", "performance-measures.schema.json"), expected);
        }

        Assert.Equal(expected, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "performance-measures.schema.json")));
        using var schema = System.Text.Json.JsonDocument.Parse(expected);
        var measure = schema.RootElement.GetProperty("properties").GetProperty("measures").GetProperty("items");
        Assert.Equal(["directionOfGood", "id", "name", "unit"], measure.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(["count", "percentage", "rate", "score", "hours", "money"], measure.GetProperty("properties").GetProperty("unit").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", ".."));
}
