using System.Text.Json;
using Nhp.Delivery;
using Nhp.Text;

namespace Nhp.Cli.Tests.Commands;

public sealed class PlanCommandsTest : IDisposable
{
    private const string Header = "DELI\tVERABLE\tSUMMARY POSITION (JANUARY 2024)\tPROGRESS\tDATE\n";

    private readonly PlanCli cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void Rendering_the_seed_as_CSV_prints_55_rows_with_the_documented_columns()
    {
        var (exit, output, _) = cli.Run("plan", "render", PlanCli.Seed, "--format", "csv", "--objectives", PlanCli.Objectives);
        Assert.Equal(0, exit);
        var records = Csv.Read(new StringReader(output)).ToList();
        Assert.Equal(["code", "objective", "commitment", "summary (January 2024)", "rag", "target"], records[0].Fields);
        Assert.Equal(55, records.Count - 1);
        Assert.Equal(["3.3", "Provide a flow of community intelligence on a range of issues"], records.Single(r => r.Fields[0] == "3.3").Fields.Take(2));
    }

    [Fact]
    public void Re_importing_the_rendered_CSV_gives_a_plan_equal_to_the_imported_text()
    {
        Assert.Equal(0, cli.Run("plan", "import", PlanCli.Seed, "-o", "from-text.json").Exit);
        Assert.Equal(0, cli.Run("plan", "render", PlanCli.Seed, "--format", "csv", "-o", "plan.csv").Exit);
        var title = PlanJson.Read(new StringReader(cli.Read("from-text.json"))).GetValueOrThrow().Title!;
        var (exit, _, error) = cli.Run("plan", "import", "plan.csv", "--title", title, "-o", "from-csv.json");
        Assert.True(exit == 0, error);
        var fromText = PlanJson.Read(new StringReader(cli.Read("from-text.json"))).GetValueOrThrow();
        var fromCsv = PlanJson.Read(new StringReader(cli.Read("from-csv.json"))).GetValueOrThrow();
        Assert.Equal(55, fromCsv.Deliverables.Count());
        Assert.Equal(fromText, fromCsv);
        Assert.Equal(cli.Read("from-text.json"), cli.Read("from-csv.json"));
    }

    [Fact]
    public void Importing_the_seed_writes_JSON_with_all_55_deliverables_and_reports_the_repair_on_standard_error()
    {
        var (exit, output, error) = cli.Run("plan", "import", PlanCli.Seed, "--format", "text");
        Assert.Equal(0, exit);
        var plan = PlanJson.Read(new StringReader(output)).GetValueOrThrow();
        Assert.Equal(55, plan.Deliverables.Count());
        Assert.Equal(RagStatus.Green, plan.Find(DeliverableCode.Parse("3.3"))!.Latest!.Rag);
        Assert.Contains("warning plan.import.text-moved [3.10 commitment] plan.txt:70:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plan.txt")]
    [InlineData("plan.json")]
    [InlineData("plan.csv")]
    public void The_seed_validates_without_errors_in_every_input_format(string input)
    {
        cli.Run("plan", "import", PlanCli.Seed, "-o", "plan.json");
        cli.Run("plan", "render", PlanCli.Seed, "--format", "csv", "-o", "plan.csv");
        var (exit, output, _) = cli.Run("plan", "validate", input);
        Assert.Equal(0, exit);
        Assert.Contains($"{input}: 55 deliverables, 0 error(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_with_json_writes_the_findings_as_JSON()
    {
        cli.Write("blue.txt", Header + "1.1\tWe will.\tDone.\tBLUE\tComplete\n");
        var (exit, output, _) = cli.Run("plan", "validate", "blue.txt", "--json");
        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        var finding = json.RootElement.GetProperty("findings")[0];
        Assert.Equal(1, json.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal("plan.import.rag-unknown", finding.GetProperty("ruleId").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("1.1", finding.GetProperty("subject").GetString());
        Assert.Equal("rag", finding.GetProperty("field").GetString());
        Assert.Equal("blue.txt", finding.GetProperty("source").GetString());
        Assert.Equal(2, finding.GetProperty("line").GetInt32());
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("import")]
    [InlineData("render")]
    public void An_empty_file_is_unusable_input_with_exit_code_2(string command)
    {
        cli.Write("empty.txt", string.Empty);
        var (exit, output, error) = cli.Run(Command(command, "empty.txt"));
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"nhp plan {command}: empty.txt: The file is empty: expected a delivery plan table exported as tab-separated text. Accepted forms: rows of code, commitment, summary, RAG and date separated by tabs, such as 1.1 [tab] We will … [tab] Summary … [tab] GREEN [tab] 31/03/2024.\n", error);
    }

    [Theory]
    [InlineData("empty.csv", "", "empty.csv: The file is empty")]
    [InlineData("empty.json", " ", "empty.json: The file is empty")]
    [InlineData("broken.json", "{\"schemaVersion\": 1,\n \"plan\": {\"objectives\": [}", "broken.json:2: This is not a delivery plan")]
    [InlineData("rows.csv", "code,objective,commitment,summary (January 2024),rag,target\n", "rows.csv:1: code: The CSV has a heading row but no deliverable rows.")]
    public void Unreadable_CSV_and_JSON_are_unusable_input_with_exit_code_2(string name, string text, string expected)
    {
        cli.Write(name, text);
        var (exit, _, error) = cli.Run("plan", "validate", name);
        Assert.Equal(2, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_with_no_deliverable_rows_is_unusable_input_with_exit_code_2()
    {
        cli.Write("headings.txt", "# Plan\n\n" + Header + "OBJE\tOBJECTIVE ONE: PREVENT CRIME\n");
        var (exit, _, error) = cli.Run("plan", "validate", "headings.txt");
        Assert.Equal(2, exit);
        Assert.StartsWith("nhp plan validate: headings.txt: code: The file has no deliverable rows", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("import")]
    [InlineData("render")]
    public void A_duplicate_code_is_an_error_located_at_its_line_with_exit_code_1(string command)
    {
        cli.Write("dup.txt", Header + "1.1\tWe will.\tDone.\tGREEN\tComplete\n1.2\tWe will.\tDone.\tGREEN\tComplete\n1.1\tWe will again.\tDone.\tAMBER\tTBC\n");
        var (exit, output, error) = cli.Run(Command(command, "dup.txt"));
        Assert.Equal(1, exit);
        Assert.Contains("error plan.code.unique [1.1 code] dup.txt:4: Deliverable 1.1 appears more than once (first at dup.txt:2); each deliverable must have its own code.", output + error, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.PathOf("out.file")));
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("import")]
    [InlineData("render")]
    public void A_RAG_of_BLUE_is_an_error_located_at_its_line_with_exit_code_1(string command)
    {
        cli.Write("blue.txt", Header + "1.1\tWe will.\tDone.\tGREEN\tComplete\n1.2\tWe will.\tDone.\tBLUE\tComplete\n");
        var (exit, output, error) = cli.Run(Command(command, "blue.txt"));
        Assert.Equal(1, exit);
        Assert.Contains("error plan.import.rag-unknown [1.2 rag] blue.txt:3: The RAG status of 1.2, 'BLUE', is not one of the plan's key", output + error, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.PathOf("out.file")));
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("import")]
    [InlineData("render")]
    public void A_date_of_31_February_is_an_error_located_at_its_line_with_exit_code_1(string command)
    {
        cli.Write("feb.txt", Header + "1.1\tWe will.\tDone.\tGREEN\t31/02/2024\n");
        var (exit, output, error) = cli.Run(Command(command, "feb.txt"));
        Assert.Equal(1, exit);
        Assert.Contains("error plan.target.recognised [1.1 target] feb.txt:2: The target date of deliverable 1.1 for January 2024, '31/02/2024', is written as a day-first date, but no such day exists", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_errors_in_CSV_are_located_at_their_rows()
    {
        cli.Write("bad.csv", "code,objective,commitment,summary (January 2024),rag,target\n1.1,A,We will.,Done.,BLUE,Complete\n1.1,A,We will.,Done.,GREEN,31/02/2024\n");
        var (exit, output, _) = cli.Run("plan", "validate", "bad.csv");
        Assert.Equal(1, exit);
        Assert.Contains("error plan.import.rag-unknown [1.1 rag] bad.csv:2:", output, StringComparison.Ordinal);
        Assert.Contains("error plan.code.unique [1.1 code] bad.csv:3:", output, StringComparison.Ordinal);
        Assert.Contains("error plan.target.recognised [1.1 target] bad.csv:3:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_or_bad_option_is_exit_code_2()
    {
        Assert.Equal(2, cli.Run("plan", "validate", "nowhere.txt").Exit);
        Assert.Contains("The file 'nowhere.txt' does not exist.", cli.Run("plan", "validate", "nowhere.txt").Error, StringComparison.Ordinal);
        Assert.Equal(2, cli.Run("plan", "render", PlanCli.Seed, "--format", "pdf").Exit);
        Assert.Equal(2, cli.Run("plan", "render", PlanCli.Seed).Exit);
        Assert.Equal(2, cli.Run("plan", "import", PlanCli.Seed, "--format", "xml").Exit);
    }

    [Theory]
    [InlineData("md", "# Neighbourhood Policing and Engagement Strategy Implementation Plan\n")]
    [InlineData("html", "<!DOCTYPE html>\n")]
    [InlineData("txt", "Neighbourhood Policing and Engagement Strategy Implementation Plan\n====")]
    public void The_seed_renders_as_a_committee_paper(string format, string start)
    {
        var (exit, _, _) = cli.Run("plan", "render", PlanCli.Seed, "--format", format, "-o", "out/plan." + format, "--objectives", PlanCli.Objectives);
        Assert.Equal(0, exit);
        var text = cli.Read("out/plan." + format);
        Assert.StartsWith(start, text, StringComparison.Ordinal);
        Assert.Contains("Provide a flow of community intelligence on a range of issues", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_known_objectives_the_damaged_headings_are_reported()
    {
        var (exit, _, error) = cli.Run("plan", "import", PlanCli.Seed, "--objectives", "none");
        Assert.Equal(0, exit);
        Assert.Contains("warning plan.import.objective-title-rejoined [objective 3 title] plan.txt:55:", error, StringComparison.Ordinal);
        Assert.Contains("plan.txt: no known objectives (--objectives <file> repairs damaged objective headings); headings are kept as read.\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_objectives_option_the_command_assumes_no_force_s_objectives_and_says_so()
    {
        var (exit, output, error) = cli.Run("plan", "import", PlanCli.Seed);

        Assert.Equal(0, exit);
        Assert.Contains("plan.txt: no known objectives", error, StringComparison.Ordinal);
        var plan = PlanJson.Read(new StringReader(output)).GetValueOrThrow();
        Assert.DoesNotContain(plan.Objectives, o => o.Title.Contains("flow of community intelligence", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_command_and_the_library_give_the_same_plan_for_the_same_file_and_options(bool withObjectives)
    {
        string[] objectives = withObjectives ? ["--objectives", PlanCli.Objectives] : [];
        var (exit, _, error) = cli.Run(["plan", "import", PlanCli.Seed, "-o", "cli.json", .. objectives]);
        Assert.True(exit == 0, error);

        var known = withObjectives ? StrategyObjectives.Read(cli.PathOf(PlanCli.Objectives)).GetValueOrThrow() : null;
        var library = PlanText.Read(cli.PathOf(PlanCli.Seed), new PlanImportOptions { KnownObjectives = known, KnownObjectivesName = withObjectives ? PlanCli.Objectives : null });

        Assert.Equal(PlanJson.Write(library.GetValueOrThrow()), cli.Read("cli.json"));
        Assert.Equal(withObjectives, library.GetValueOrThrow().Objectives.Any(o => o.Title == "Provide a flow of community intelligence on a range of issues"));
        Assert.Equal(withObjectives, library.Findings.Any(f => f.RuleId == PlanImportRules.ObjectivesUsed && f.Message.Contains("'objectives.txt' (4 objectives: 1, 2, 3, 4)", StringComparison.Ordinal)));
        Assert.Contains(withObjectives ? "plan.txt: objective headings compared with the known objectives in objectives.txt (4 objectives).\n" : "plan.txt: no known objectives", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_command_renders_the_embedded_plan()
    {
        var (exit, output, _) = cli.Run("report", "-o", "reports");
        Assert.Equal(0, exit);
        Assert.Contains("reports/delivery-plan.html", output, StringComparison.Ordinal);
        Assert.Contains("<span class=\"rag rag-green\">GREEN</span>", cli.Read("reports/delivery-plan.html"), StringComparison.Ordinal);
        Assert.Equal(56, Csv.Read(new StringReader(cli.Read("reports/delivery-plan.csv"))).Count());
    }

    private static string[] Command(string command, string input) => command switch
    {
        "render" => ["plan", "render", input, "--format", "md", "-o", "out.file"],
        "import" => ["plan", "import", input, "-o", "out.file"],
        _ => ["plan", "validate", input],
    };
}
