namespace Nhp.Cli.Tests.Commands;

/// <summary>The validate and render commands of the governance registers, on the example files in samples/governance.</summary>
public sealed class GovernanceCommandsTest : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("nhp-governance-").FullName;

    public GovernanceCommandsTest()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data", "governance")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("inspection-actions.csv", 7, 4)]
    [InlineData("inspection-actions.json", 64, 29)]
    [InlineData("inspection-actions.xlsx", 10, 7)]
    public void A_register_validates_with_findings_located_in_the_file(string file, int closedLine, int ownerLine)
    {
        var (exit, output, error) = Run("inspection-actions", "validate", file, "--as-of", "2024-02-22", "--start", "2023-04-01");

        Assert.Equal(1, exit);
        Assert.Contains($"error governance.actions.closed-before-raised [CUST-R1 closed] {file}:{closedLine}: Action CUST-R1 was closed on 1 September 2023, before it was raised on 4 October 2023", output, StringComparison.Ordinal);
        Assert.Contains($"warning governance.actions.open-without-owner [PEEL22-AFI-03 owner] {file}:{ownerLine}:", output, StringComparison.Ordinal);
        Assert.Contains("1 error(s), 1 warning(s), 0 note(s)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_renders_with_its_counts_at_the_date_given()
    {
        var (exit, output, _) = Run("inspection-actions", "render", "inspection-actions.xlsx", "--as-of", "2024-02-22", "--start", "2023-04-01", "--format", "md");

        Assert.Equal(0, exit);
        // Open at 22 February 2024: PEEL22-AFI-01, PEEL22-AFI-03, CDI-R2, CUST-R2 (CUST-R1's closing date is before it was raised).
        Assert.Contains("4 actions are open: recommendations and areas for improvement together.", output, StringComparison.Ordinal);
        Assert.Contains("## Open actions one by one", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_a_bad_date_is_an_error_on_its_line()
    {
        File.WriteAllText(Path.Combine(folder, "bad.csv"), "id,inspection,raised\nA1,PEEL,2023-05-01\nA2,PEEL,31/13/2023\n");

        var (exit, output, _) = Run("inspection-actions", "validate", "bad.csv");

        Assert.Equal(1, exit);
        Assert.Contains("error governance.import.value-invalid [A2 raised] bad.csv:3: \"31/13/2023\" is not a date.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Areas_for_improvement_render_with_their_actions_and_deliverables()
    {
        var (exit, output, _) = Run("peel", "render", "peel-update.json", "--actions", "inspection-actions.csv", "--plan", "delivery-plan.csv", "--format", "md");

        Assert.Equal(0, exit);
        Assert.Contains("3 areas for improvement and 0 recommendations: 1 closed or met, 2 in progress, 0 with no status stated.", output, StringComparison.Ordinal);
        Assert.Contains("| 1.3 | We will give neighbourhood officers training relevant to their role. | **AMBER** | **RED** | 31/12/2023 |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Areas_for_improvement_validate_against_the_register_and_the_plan()
    {
        var (exit, output, _) = Run("peel", "validate", "peel-update.json", "--actions", "inspection-actions.csv", "--plan", "delivery-plan.csv");

        Assert.Equal(0, exit);
        Assert.Contains("warning governance.peel.closed-with-work-open [afi-02 status] peel-update.json: Area afi-02 is understood as closed (its linked actions are closed), but its linked deliverable 1.1 (AMBER) is not reported GREEN.", output, StringComparison.Ordinal);
        Assert.Contains("warning governance.peel.no-progress [afi-03 progress]", output, StringComparison.Ordinal);
        Assert.Contains("info governance.peel.status-not-understood [afi-03 status]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workforce_profile_compares_with_a_population_profile()
    {
        var (exit, output, _) = Run("workforce", "render", "workforce-profile.json", "--population", "population-profile.json", "--format", "md");

        Assert.Equal(0, exit);
        // Female: 52 of 200 = 26.0% against 50.8%: -24.8 points. Disabled: 9 of 140 who stated it = 6.4% against 17.3%: -10.9.
        Assert.Contains("| Sex | Female | 26.0% | 50.8% | \u221224.8 |", output, StringComparison.Ordinal);
        Assert.Contains("| Disability | Disabled | 6.4% | 17.3% | \u221210.9 |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_not_stated_threshold_is_an_option()
    {
        var (_, flagged, _) = Run("workforce", "validate", "workforce-profile.json");
        var (_, quiet, _) = Run("workforce", "validate", "workforce-profile.json", "--not-stated-threshold", "30");

        // 60 of 200 (30%) preferred not to say whether they are disabled; 12 of 200 (6%) did not state their ethnicity.
        Assert.Contains("warning governance.workforce.not-stated-high [Disability not stated] workforce-profile.json: 30% of Anyshire neighbourhood teams", flagged, StringComparison.Ordinal);
        Assert.DoesNotContain("not-stated-high", quiet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_threshold_that_is_not_a_percentage_is_a_usage_error()
    {
        var (exit, _, error) = Run("workforce", "validate", "workforce-profile.json", "--not-stated-threshold", "lots");

        Assert.Equal(2, exit);
        Assert.Contains("--not-stated-threshold needs a percentage from 0 to 100", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Outstanding_references_validate_at_the_meeting_date()
    {
        var (exit, output, _) = Run("references", "validate", "outstanding-references.tsv", "--as-of", "2024-02-22");

        Assert.Equal(0, exit);
        Assert.Contains("warning governance.references.open-past-target [1/2024/P status] outstanding-references.tsv:2:", output, StringComparison.Ordinal);
        Assert.Contains("warning governance.references.no-owner [3/2024/P owner] outstanding-references.tsv:4:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void References_need_the_meeting_date()
    {
        var (exit, _, error) = Run("references", "render", "outstanding-references.tsv");

        Assert.Equal(2, exit);
        Assert.Contains("Give --as-of", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_s_printed_total_is_checked()
    {
        var (exit, output, _) = Run("tables", "validate", "outcomes-by-year.tsv", "--rows", "Outcome", "--columns", "Year");

        Assert.Equal(0, exit);
        Assert.Contains("warning governance.tables.total-differs", output, StringComparison.Ordinal);
        Assert.Contains("outcomes-by-year.tsv:8", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_commands_are_listed_with_their_options()
    {
        var (exit, output, _) = Run("peel", "render", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("Usage: nhp peel render <file> [options] [--format md|html|txt] [--out <path>]", output, StringComparison.Ordinal);
        Assert.Contains("--actions <file>", output, StringComparison.Ordinal);
    }

    private (int Exit, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var error = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var exit = CliApp.Run(args, new CliContext(TextReader.Null, output, error, folder));
        return (exit, output.ToString(), error.ToString());
    }
}
