using CsCheck;
using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Testing;
using NodaTime;

namespace Nhp.Domain.Tests.Delivery;

public sealed class PlanCsvTest
{
    // Cell text as spreadsheets hold it (carriage returns are covered by Owners_and_carriage_returns_survive_json_to_csv_to_json).
    private static readonly Gen<string> Texts = Gen.Char["abcXYZ 019,.;:'\"\n\t=+-@<>&é–/"].Array[1, 20].Select(chars => new string(chars));

    private static readonly Gen<string> Titles = Texts.Select(t => t.Trim()).Where(t => t.Length > 0);

    private static readonly Gen<DeliveryPlan> Plans =
        Gen.Select(Gen.Int[0, 9].ArrayUnique[1, 4], Gen.Int[1, 12], (numbers, month) => (numbers, month))
            .SelectMany(x => Gen.Select(
                Titles.Array[x.numbers.Length],
                Gen.Select(Gen.Int[1, 30].ArrayUnique[1, 4], Texts, Texts, Gen.Enum<RagStatus>(), Texts, (n, c, s, r, t) => (n, c, s, r, t)).Array[x.numbers.Length],
                (titles, rows) => new DeliveryPlan
                {
                    Objectives = x.numbers.Select((number, i) => new Objective
                    {
                        Number = number,
                        Title = titles[i],
                        Deliverables = rows[i].n.Select(d => new Deliverable
                        {
                            Code = new DeliverableCode(number, d),
                            Commitment = rows[i].c,
                            Updates = [new StatusUpdate { AsOf = new YearMonth(2024, x.month), Summary = rows[i].s, Rag = rows[i].r, Target = Target.Parse(rows[i].t) }],
                        }).ToList(),
                    }).ToList(),
                }));

    private static ImportResult<DeliveryPlan> Read(string csv, PlanImportOptions? options = null) => PlanCsv.Read(new StringReader(csv), "plan.csv", options);

    [Fact]
    public void The_January_2024_plan_as_CSV_has_the_documented_columns_and_55_rows()
    {
        var csv = PlanCsv.Write(PlanTextTest.ImportSeed().Value!);
        var records = Nhp.Text.Csv.Read(new StringReader(csv)).ToList();
        Assert.Equal(["code", "objective", "commitment", "summary (January 2024)", "rag", "target"], records[0].Fields);
        Assert.Equal(55, records.Count - 1);
        Assert.All(records, r => Assert.Equal(6, r.Fields.Count));
    }

    [Fact]
    public void Exporting_and_importing_the_January_2024_plan_gives_an_equal_plan()
    {
        var plan = PlanTextTest.ImportSeed().Value!;
        var again = Read(PlanCsv.Write(plan), new PlanImportOptions { Title = plan.Title });
        Assert.Empty(again.Findings);
        Assert.Equal(plan, again.Value!);
    }

    [Fact]
    public void Any_plan_of_one_update_per_deliverable_written_as_CSV_reads_back_equal() =>
        Plans.Sample(plan =>
        {
            var import = Read(PlanCsv.Write(plan));
            Assert.Empty(import.Findings);
            Assert.Equal(plan, import.Value!);
        });

    [Fact]
    public void Owners_and_carriage_returns_survive_json_to_csv_to_json()
    {
        // Text with every kind of line break, and owners on some deliverables only.
        var carriage = Gen.Char["ab \r\n,\"="].Array[1, 12].Select(chars => "x" + new string(chars));
        var owner = Gen.OneOf(Gen.Const((string?)null), Gen.Char["Supt D&'\r"].Array[1, 8].Select(chars => (string?)("O" + new string(chars))));
        Gen.Select(carriage, carriage, owner, owner).Sample((commitment, summary, first, second) =>
        {
            var plan = new DeliveryPlan
            {
                Objectives =
                [
                    new Objective
                    {
                        Number = 1,
                        Title = "Engage",
                        Deliverables =
                        [
                            new Deliverable { Code = new DeliverableCode(1, 1), Commitment = commitment, Owner = first, Updates = [new StatusUpdate { AsOf = new YearMonth(2024, 1), Summary = summary, Rag = RagStatus.Green, Target = Target.Parse("31/03/2024") }] },
                            new Deliverable { Code = new DeliverableCode(1, 2), Commitment = "Walk", Owner = second, Updates = [new StatusUpdate { AsOf = new YearMonth(2024, 1), Summary = "Done", Rag = RagStatus.Amber, Target = Target.Parse("Ongoing") }] },
                        ],
                    },
                ],
            };
            var fromJson = PlanJson.Read(new StringReader(PlanJson.Write(plan))).Value!;

            var again = PlanJson.Read(new StringReader(PlanJson.Write(Read(PlanCsv.Write(fromJson)).Value!))).Value!;

            Assert.Equal(plan, again);
            Assert.Equal(commitment, again.Deliverables.First().Commitment);
            Assert.Equal(first, again.Deliverables.First().Owner);
        });
    }

    [Theory]
    [InlineData(1000, 1)]
    [InlineData(2999, 12)]
    public void The_first_and_last_supported_months_export_and_import(int year, int month)
    {
        var plan = new DeliveryPlan
        {
            Objectives =
            [
                new Objective
                {
                    Number = 1,
                    Title = "Engage",
                    Deliverables = [new Deliverable { Code = new DeliverableCode(1, 1), Commitment = "Walk", Updates = [new StatusUpdate { AsOf = new YearMonth(year, month), Summary = "Done", Rag = RagStatus.Green, Target = Target.Parse("Ongoing") }] }],
                },
            ],
        };

        var again = Read(PlanCsv.Write(plan));

        Assert.Empty(again.Findings);
        Assert.Equal(plan, again.Value!);
    }

    [Fact]
    public void A_cell_that_could_run_as_a_formula_is_guarded_and_reads_back_unchanged()
    {
        var plan = new DeliveryPlan
        {
            Objectives =
            [
                new Objective
                {
                    Number = 1,
                    Title = "=HYPERLINK(\"x\")",
                    Deliverables =
                    [
                        new Deliverable
                        {
                            Code = new DeliverableCode(1, 1),
                            Commitment = "+44 call",
                            Updates = [new StatusUpdate { AsOf = new YearMonth(2024, 1), Summary = "@SUM(A1)\n- item", Rag = RagStatus.Red, Target = Target.Parse("-1") }],
                        },
                    ],
                },
            ],
        };
        var csv = PlanCsv.Write(plan);
        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.Contains("'+44", csv, StringComparison.Ordinal);
        Assert.Equal(plan, Read(csv).Value!);
    }

    [Fact]
    public void When_the_file_is_empty_then_the_error_gives_the_expected_heading()
    {
        var error = Assert.Throws<NhpInputException>(() => Read(string.Empty));
        Assert.Contains("code,objective,commitment,summary,rag,target", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_column_is_missing_then_the_error_names_it_and_the_heading_line()
    {
        var error = Assert.Throws<NhpInputException>(() => Read("code,objective,commitment,summary (January 2024),target\n1.1,A,B,C,Ongoing\n"));
        Assert.StartsWith("plan.csv:1: rag: The heading row lacks the column(s) rag", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_there_are_no_data_rows_then_the_error_says_so()
    {
        var error = Assert.Throws<NhpInputException>(() => Read("code,objective,commitment,summary (January 2024),rag,target\n"));
        Assert.Contains("no deliverable rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_code_is_not_a_code_then_a_finding_gives_its_line_and_the_row_is_left_out()
    {
        var import = Read("code,objective,commitment,summary (January 2024),rag,target\n1.1,A,B,C,GREEN,Ongoing\none,A,B,C,GREEN,Ongoing\n");
        var finding = Assert.Single(import.Findings);
        Assert.Equal((PlanImportRules.CodeInvalid, "plan.csv:3"), (finding.RuleId, finding.Location!.ToString()));
        Assert.StartsWith("The code 'one' is not a deliverable code", finding.Message, StringComparison.Ordinal);
        Assert.Single(import.Value!.Deliverables);
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_a_short_row_reads_its_missing_cells_as_empty()
    {
        var shortRow = Assert.Single(Read("target,rag,summary (January 2024),commitment,objective,code\nOngoing,GREEN,Done.,We will.,A,1.1\nOngoing\n").Findings);
        Assert.Equal((PlanImportRules.CodeInvalid, 3), (shortRow.RuleId, shortRow.Location!.Line));
        var import = Read("target,rag,summary (January 2024),commitment,objective,code\nOngoing,GREEN,Done.,We will.,A,1.1\n");
        Assert.Equal("We will.", import.Value!.Deliverables.Single().Commitment);
    }

    [Fact]
    public void When_the_RAG_is_BLUE_then_an_error_diagnostic_names_the_row()
    {
        var import = Read("code,objective,commitment,summary (January 2024),rag,target\n1.1,A,B,C,BLUE,Ongoing\n");
        var finding = Assert.Single(import.Findings);
        Assert.Equal(("plan.import.rag-unknown", Severity.Error, "1.1", 2), (finding.RuleId, finding.Severity, finding.Subject, finding.Location?.Line));
    }

    [Fact]
    public void When_the_heading_gives_no_month_then_the_as_of_option_is_used_or_the_error_explains()
    {
        const string csv = "code,objective,commitment,summary,rag,target\n1.1,A,B,C,GREEN,Ongoing\n";
        Assert.Equal(new YearMonth(2024, 1), Read(csv, new PlanImportOptions { AsOf = new YearMonth(2024, 1) }).Value!.AsOf);
        Assert.Contains("summary (January 2024)", Assert.Throws<NhpInputException>(() => Read(csv)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_CSV_of_the_January_2024_plan_matches_the_reviewed_snapshot()
    {
        Snapshot.Verify(PlanCsv.Write(PlanTextTest.ImportSeed().Value!), "csv");
    }
}
