using CsCheck;
using Nhp.Findings;
using Nhp.ProblemSolving;
using NodaTime;

namespace Nhp.Domain.Tests.ProblemSolving;

/// <summary>A register as CSV: the columns trackers use, located findings for what cannot be read, and the round trip.</summary>
public sealed class ProblemSolvingCsvTest
{
    private static readonly ProblemSolvingImportOptions Options = new() { AsOf = new LocalDate(2024, 3, 31), Name = "Register" };

    // Text a CSV cell holds whole: at least one character, no spaces at either end, no control characters; quotes,
    // commas, line breaks inside and the characters that start a spreadsheet formula are all allowed.
    private static readonly Gen<string> Text = Gen.String[Gen.Char["a-zA-Z0-9 ,.'£%&<>\"=+-@\n\u00e9\u2013"], 1, 30]
        .Select(t => t.Trim()).Where(t => t.Length > 0);

    // A list item: as Text, without the semicolons and line breaks that separate items.
    private static readonly Gen<string> Item = Text.Select(t => t.Replace(";", string.Empty, StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Trim()).Where(t => t.Length > 0);

    private static readonly Gen<LocalDate> Date = Gen.Select(Gen.Int[2015, 2030], Gen.Int[1, 12], Gen.Int[1, 28]).Select((y, m, d) => new LocalDate(y, m, d));

    // At most one record of each stage, in the stages' order: what a table holds.
    private static readonly Gen<StageRecord[]> Stages =
        Gen.Select(Gen.Bool.Array[5], Text.Array[5], Date.Nullable().Array[5], Gen.Bool.Array[5])
            .Select((has, texts, dates, emptyText) => Enum.GetValues<ProblemSolvingStage>()
                .Where((_, i) => has[i])
                .Select(s => new StageRecord(s, emptyText[(int)s] && dates[(int)s] is not null ? string.Empty : texts[(int)s], dates[(int)s]))
                .ToArray());

    private static readonly Gen<ProblemSolvingPlan> Plan =
        Gen.Select(Text, Text, Gen.Enum<ProblemSolvingMethod>(), Text.Null(), Item.Array[0, 3], Text.Null(), Item.Array[0, 3], Date.Nullable())
            .Select((reference, title, method, area, crimes, owner, partners, opened) => new ProblemSolvingPlan
            {
                Reference = reference,
                Title = title,
                Method = method,
                Area = area,
                CrimeTypes = crimes,
                Owner = owner,
                Partners = partners,
                Opened = opened,
            })
            .Select(Stages, Date.Array[0, 3], Gen.Enum<ProblemSolvingStatus>(), Date.Nullable(), Text.Null(), Text.Null(), (p, stages, reviews, status, closed, evaluation, lessons) =>
                p with { Stages = stages, Reviews = reviews, Status = status, Closed = closed, Evaluation = evaluation, Lessons = lessons });

    private static ImportResult<ProblemSolvingRegister> Read(string csv) => ProblemSolvingCsv.Read(new StringReader(csv), "register.csv", Options);

    [Fact]
    public void What_is_written_reads_back_equal_within_what_a_table_holds()
    {
        Gen.Select(Plan.Array[0, 5], Gen.Int[1, 24]).Sample((plans, every) =>
        {
            var register = new ProblemSolvingRegister { Name = "Register", AsOf = Options.AsOf, ReviewEveryMonths = every, Plans = plans };
            var csv = ProblemSolvingCsv.Write(register);
            var back = ProblemSolvingCsv.Read(new StringReader(csv), "register.csv", Options with { ReviewEveryMonths = every });
            Assert.Empty(back.Findings);
            Assert.Equal(ProblemSolvingJson.Write(register), ProblemSolvingJson.Write(back.Value!));
            Assert.Equal(csv, ProblemSolvingCsv.Write(back.Value!));
        }, iter: 300);
    }

    [Fact]
    public void The_sample_csv_holds_the_plans_of_the_sample_json()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "Data", "Samples");
        var json = ProblemSolvingJson.Read(Path.Combine(samples, "problem-solving-register.json")).Value!;
        var csv = ProblemSolvingCsv.Read(Path.Combine(samples, "problem-solving-register.csv"), Options with { Name = json.Name, ReviewEveryMonths = json.ReviewEveryMonths });
        Assert.Empty(csv.Findings);
        Assert.Equal(ProblemSolvingJson.Write(json), ProblemSolvingJson.Write(csv.Value!));
    }

    [Fact]
    public void What_a_table_cannot_hold_is_dropped_as_documented()
    {
        var plan = new ProblemSolvingPlan
        {
            Reference = " PS-1 ",
            Title = "Theft",
            CrimeTypes = ["Theft; robbery"],
            Stages = [new(ProblemSolvingStage.Response, "Second."), new(ProblemSolvingStage.Scanning, "Scan."), new(ProblemSolvingStage.Response, "Third.")],
        };
        var back = Read(ProblemSolvingCsv.Write(new ProblemSolvingRegister { AsOf = new LocalDate(2020, 1, 1), Plans = [plan] })).Value!;
        Assert.Equal(Options.AsOf, back.AsOf);
        var read = Assert.Single(back.Plans);
        Assert.Equal("PS-1", read.Reference);
        Assert.Equal(["Theft", "robbery"], read.CrimeTypes);
        Assert.Equal([new StageRecord(ProblemSolvingStage.Scanning, "Scan."), new StageRecord(ProblemSolvingStage.Response, "Third.")], read.Stages);
    }

    [Fact]
    public void Columns_are_read_by_the_names_trackers_use_in_any_order_and_dates_day_first()
    {
        const string csv = "# Exported from the tracker\nRef,Problem,Model,Ward,Crime,OIC,Agencies,Date opened,Scan,Scan date,Review dates,State,Lessons learned\n"
            + "PS-7,Shoplifting on the high street,OSARA,Bridge,Shoplifting; Theft,PC 12,BID; Retailers,04/09/2023,Thefts doubled.,05/09/2023,\"04/12/2023, 2024-03-01\",Live,\n";
        var result = Read(csv);
        Assert.Empty(result.Findings);
        var plan = Assert.Single(result.Value!.Plans);
        Assert.Equal(("PS-7", "Shoplifting on the high street", ProblemSolvingMethod.Osara, "Bridge", "PC 12"), (plan.Reference, plan.Title, plan.Method, plan.Area, plan.Owner));
        Assert.Equal(["Shoplifting", "Theft"], plan.CrimeTypes);
        Assert.Equal(["BID", "Retailers"], plan.Partners);
        Assert.Equal(new LocalDate(2023, 9, 4), plan.Opened);
        Assert.Equal(new StageRecord(ProblemSolvingStage.Scanning, "Thefts doubled.", new LocalDate(2023, 9, 5)), Assert.Single(plan.Stages));
        Assert.Equal([new LocalDate(2023, 12, 4), new LocalDate(2024, 3, 1)], plan.Reviews);
        Assert.Equal(ProblemSolvingStatus.Open, plan.Status);
        Assert.Equal(("Register", new LocalDate(2024, 3, 31), 3), (result.Value.Name, result.Value.AsOf, result.Value.ReviewEveryMonths));
    }

    [Fact]
    public void A_row_that_cannot_be_read_is_left_out_with_its_line_and_field()
    {
        const string csv = "reference,title,opened,method,status\nPS-1,Theft,2023-02-30,sara,open\nPS-2,Drugs,2023-02-01,pdca,shut\n,No reference,,,\nPS-4,Fine,2023-02-01,sara,closed\n";
        var result = Read(csv);
        Assert.Equal(["PS-4"], result.Value!.Plans.Select(p => p.Reference));
        Assert.All(result.Findings, f => Assert.Equal(ProblemSolvingImportRules.RowInvalid, f.RuleId));
        Assert.Equal(
            [("PS-1", "opened", 2), ("PS-2", "method", 3), ("PS-2", "status", 3), ("row at line 4", "reference", 4)],
            result.Findings.Select(f => (f.Subject, f.Field!, f.Location!.Line!.Value)));
        Assert.Contains("\"2023-02-30\" is not a date", result.Findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("Accepted: SARA; OSARA", result.Findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_a_title_column_imports_nothing_and_unknown_columns_are_named()
    {
        var result = Read("reference,colour\nPS-1,red\n");
        Assert.Null(result.Value);
        Assert.Equal([(ProblemSolvingImportRules.ColumnUnknown, "colour"), (ProblemSolvingImportRules.ColumnMissing, "title")], result.Findings.Select(f => (f.RuleId, f.Field!)));
        Assert.All(result.Findings, f => Assert.Equal(new SourceLocation("register.csv", 1), f.Location));
    }

    [Fact]
    public void An_empty_file_is_an_input_error()
    {
        var error = Assert.Throws<NhpInputException>(() => Read("# only a comment\n"));
        Assert.Contains("header row", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_would_run_as_a_formula_is_guarded_and_read_back()
    {
        var register = new ProblemSolvingRegister { AsOf = Options.AsOf, Plans = [new ProblemSolvingPlan { Reference = "=HYPERLINK(\"x\")", Title = "-1", Owner = "'quoted" }] };
        var csv = ProblemSolvingCsv.Write(register);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\",'-1", csv, StringComparison.Ordinal);
        var plan = Assert.Single(Read(csv).Value!.Plans);
        Assert.Equal(("=HYPERLINK(\"x\")", "-1", "'quoted"), (plan.Reference, plan.Title, plan.Owner));
    }
}
