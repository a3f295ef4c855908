using Nhp.Datasets.CityOfLondon;
using Nhp.Datasets;
using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Testing;
using NodaTime;

namespace Nhp.Domain.Tests.Delivery;

public sealed class PlanTextTest
{
    private const string Header = "DELI\tVERABLE\tSUMMARY POSITION (JANUARY 2024)\tPROGRESS\tDATE";

    internal static ImportResult<DeliveryPlan> ImportSeed(PlanImportOptions? options = null)
    {
        using var reader = EmbeddedResources.Open(EmbeddedResources.DeliveryPlanJanuary2024);
        return PlanText.Read(reader, "plan.txt", options ?? new PlanImportOptions { KnownObjectives = CityOfLondonDataset.StrategyObjectives2023 });
    }

    private static ImportResult<DeliveryPlan> Import(string text, PlanImportOptions? options = null) =>
        PlanText.Read(new StringReader(text), "plan.txt", options);

    private static Deliverable Get(ImportResult<DeliveryPlan> import, string code) =>
        import.Value!.Find(DeliverableCode.Parse(code)) ?? throw new InvalidOperationException(code + " is missing");

    [Fact]
    public void The_imported_January_2024_plan_matches_the_reviewed_golden_snapshot()
    {
        Snapshot.Verify(PlanDump.Write(ImportSeed()), "md");
    }

    [Fact]
    public void Importing_seed_000_gives_55_deliverables_in_code_order_with_objectives_0_to_4()
    {
        var plan = ImportSeed().Value!;
        Assert.Equal(55, plan.Deliverables.Count());
        Assert.Equal([0, 1, 2, 3, 4], plan.Objectives.Select(o => o.Number));
        Assert.Equal([4, 15, 10, 11, 15], plan.Objectives.Select(o => o.Deliverables.Count));
        Assert.Equal(plan.Deliverables.Select(d => d.Code).Order(), plan.Deliverables.Select(d => d.Code));
        Assert.Equal(new YearMonth(2024, 1), plan.AsOf);
        Assert.Equal("Neighbourhood Policing and Engagement Strategy Implementation Plan", plan.Title);
    }

    [Fact]
    public void Deliverable_3_3_is_GREEN_from_its_continuation_row_with_target_Complete_Review_2025()
    {
        var update = Get(ImportSeed(), "3.3").Latest!;
        Assert.Equal(RagStatus.Green, update.Rag);
        Assert.Equal("Complete Review 2025", update.Target.Text);
        Assert.Equal(TargetKind.Complete, update.Target.Kind);
        Assert.EndsWith("based on local knowledge and understanding.", Get(ImportSeed(), "3.3").Commitment, StringComparison.Ordinal);
    }

    [Fact]
    public void The_end_of_3_9s_commitment_is_moved_back_from_the_start_of_3_10()
    {
        var import = ImportSeed();
        Assert.EndsWith("utilising appropriate use of legislation and enforcement powers.", Get(import, "3.9").Commitment, StringComparison.Ordinal);
        Assert.StartsWith("We will support officers", Get(import, "3.10").Commitment, StringComparison.Ordinal);
        var moved = Assert.Single(import.Findings, d => d.RuleId == "plan.import.text-moved");
        Assert.Equal("3.10", moved.Subject);
        Assert.Equal(70, moved.Location?.Line);
    }

    [Fact]
    public void Continuation_rows_complete_1_5_1_11_and_4_2()
    {
        var import = ImportSeed();
        Assert.Contains("Plans will be made accessible internally for shared situational awareness.", Get(import, "1.5").Commitment, StringComparison.Ordinal);
        Assert.EndsWith("including colleagues in the third sector, taking a collaborative approach to problem solving.", Get(import, "1.11").Commitment, StringComparison.Ordinal);
        Assert.Contains("upcoming events (including Cluster Panel dates)", Get(import, "4.2").Latest!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_HTML_list_of_3_3_becomes_one_line_per_item()
    {
        var summary = Get(ImportSeed(), "3.3").Latest!.Summary;
        Assert.DoesNotContain("<", summary, StringComparison.Ordinal);
        Assert.Contains("including but not limited to:\n- An Analyst reviews crime data", summary, StringComparison.Ordinal);
        Assert.Equal(4, summary.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Objective_titles_are_readable_words()
    {
        var titles = ImportSeed().Value!.Objectives.Select(o => o.Title);
        Assert.Equal(
            [
                "Strategy set-up and governance",
                "Prevent crime, disorder, and anti-social behaviour",
                "Protect the vulnerable and reduce repeat victimisation",
                "Provide a flow of community intelligence on a range of issues",
                "Promote a culture of trust and confidence",
            ],
            titles);
    }

    [Fact]
    public void Without_known_objectives_split_words_are_rejoined_and_damage_that_remains_is_reported()
    {
        var import = ImportSeed(new PlanImportOptions());
        Assert.Equal("Protect the vulnerable and reduce repeat victimisation", import.Value!.Objectives[2].Title);
        Assert.Equal("Provide a flovn of community intelligence on a range of issues", import.Value!.Objectives[3].Title);
        Assert.Contains(import.Findings, d => d.RuleId == "plan.import.objective-title-rejoined" && d.Subject == "objective 3" && d.Severity == Severity.Warning);
    }

    [Fact]
    public void Every_target_and_RAG_of_the_seed_is_recognised_and_the_plan_passes_validation_without_errors()
    {
        var import = ImportSeed();
        Assert.False(import.HasErrors);
        Assert.All(import.Value!.Deliverables, d => Assert.True(d.Latest!.Target.IsRecognised, d.Code.ToString()));
        Assert.DoesNotContain(PlanRules.Check(import.Value!, d => d.Location), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void The_seeds_RAG_counts_add_up_to_55()
    {
        var counts = ImportSeed().Value!.Deliverables.GroupBy(d => d.Latest!.Rag).ToDictionary(g => g.Key, g => g.Count());

        // Counted in the seed text independently of the importer (cells that are exactly GREEN or AMBER between tabs):
        // 38 GREEN, 3.3's on its continuation row, and 17 AMBER; no RED.
        Assert.Equal(38, counts[RagStatus.Green]);
        Assert.Equal(17, counts[RagStatus.Amber]);
        Assert.False(counts.ContainsKey(RagStatus.Red));
    }

    [Fact]
    public void When_the_file_is_empty_then_the_error_says_so_and_where()
    {
        var error = Assert.Throws<NhpInputException>(() => Import("\n  \n"));
        Assert.StartsWith("plan.txt: The file is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_table_has_no_deliverable_rows_then_the_error_says_so()
    {
        var error = Assert.Throws<NhpInputException>(() => Import("# Plan\n" + Header + "\nOBJE\tOBJECTIVE ONE: PREVENT CRIME\n"));
        Assert.Contains("no deliverable rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_no_header_gives_the_period_then_the_error_names_the_expected_header()
    {
        var error = Assert.Throws<NhpInputException>(() => Import("1.1\tWe will.\tDone.\tGREEN\tComplete\n"));
        Assert.Contains("SUMMARY POSITION (JANUARY 2024)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_RAG_is_BLUE_then_an_error_names_the_deliverable_and_its_line()
    {
        var import = Import(Header + "\n1.1\tWe will.\tDone.\tBLUE\tComplete\n");
        var finding = Assert.Single(import.Findings, d => d.Severity == Severity.Error);
        Assert.Equal(("plan.import.rag-unknown", "1.1", "rag", 2), (finding.RuleId, finding.Subject, finding.Field, finding.Location?.Line));
        Assert.Contains("'BLUE'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_row_is_not_understood_then_it_is_reported_not_dropped_silently()
    {
        var import = Import(Header + "\n1.1\tWe will.\tDone.\tGREEN\tComplete\nX.1\tWe will.\tDone.\tGREEN\tComplete\n");
        var finding = Assert.Single(import.Findings, d => d.Severity == Severity.Error);
        Assert.Equal(("plan.import.row-not-understood", 3), (finding.RuleId, finding.Location?.Line));
    }

    [Fact]
    public void When_a_continuation_gives_a_second_RAG_then_it_is_an_error()
    {
        var import = Import(Header + "\n1.1\tWe will\tDone\tGREEN\tComplete\n\tmore.\tmore.\tRED\t\n");
        Assert.Contains(import.Findings, d => d.RuleId == "plan.import.continuation-conflict" && d.Location?.Line == 3);
        Assert.Equal(RagStatus.Green, import.Value!.Deliverables.Single().Latest!.Rag);
    }

    [Fact]
    public void A_deliverable_continued_over_many_rows_keeps_every_part_in_order_with_one_finding_a_row()
    {
        // 2,000 continuation rows, each part numbered, so a lost, repeated or reordered part changes the text.
        const int continued = 2_000;
        var text = new System.Text.StringBuilder(Header + "\n1.1\tWe will start\tStarted\tGREEN\tComplete\n");
        for (var i = 1; i <= continued; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\tpart {i}\tsummary {i}\t\t\n");
        }

        var import = Import(text.ToString());
        var deliverable = import.Value!.Deliverables.Single();
        var expected = "We will start " + string.Join(" ", Enumerable.Range(1, continued).Select(i => $"part {i}"));
        Assert.Equal(expected, deliverable.Commitment);
        Assert.Equal("Started " + string.Join(" ", Enumerable.Range(1, continued).Select(i => $"summary {i}")), deliverable.Latest!.Summary);
        var lines = import.Findings.Where(f => f.RuleId == "plan.import.continuation").Select(f => f.Location?.Line).ToList();
        Assert.Equal(Enumerable.Range(3, continued).Select(i => (int?)i), lines);
    }

    [Fact]
    public void When_a_code_repeats_then_validation_locates_both_rows()
    {
        var import = Import(Header + "\n1.1\tWe will.\tDone.\tGREEN\tComplete\n1.1\tWe will too.\tDone.\tGREEN\tComplete\n");
        var finding = Assert.Single(PlanRules.Check(import.Value!, d => d.Location), f => f.RuleId == PlanRules.CodeUnique);
        Assert.Equal(3, finding.Location?.Line);
        Assert.Contains("first at plan.txt:2", finding.Message, StringComparison.Ordinal);
    }
}
