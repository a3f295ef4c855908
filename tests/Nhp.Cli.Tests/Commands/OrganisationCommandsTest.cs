using System.Text;

namespace Nhp.Cli.Tests.Commands;

/// <summary>The validate and render commands of problem-solving registers, framework assessments and policing models, on the example files.</summary>
public sealed class OrganisationCommandsTest : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("nhp-organisation-").FullName;

    public OrganisationCommandsTest()
    {
        foreach (var name in new[] { "problem-solving-register.json", "four-pillars-assessment.json", "policing-model.json", "engagement-city-of-london-2024-11.json" })
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Data", name), Path.Combine(folder, name));
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_example_register_s_overdue_review_missing_owner_unassessed_response_and_unevaluated_closure_are_findings_with_rule_ids()
    {
        var (exit, output, error) = Run("problem-solving", "validate", "problem-solving-register.json");
        Assert.Equal(1, exit);
        // PS-2023-021 was last reviewed on 11 December 2023: due 11 March 2024, before the register's 31 March.
        Assert.Contains("warning problem-solving.review.overdue [PS-2023-021 reviews] problem-solving-register.json: \"Begging and street drinking in the market square\" was last reviewed on 11 December 2023; a review every 3 months was due by 11 March 2024.", output, StringComparison.Ordinal);
        Assert.Contains("error problem-solving.owner.missing [PS-2024-003 owner]", output, StringComparison.Ordinal);
        Assert.Contains("warning problem-solving.response.unassessed [PS-2023-021 assessment]", output, StringComparison.Ordinal);
        Assert.Contains("warning problem-solving.closed.unevaluated [PS-2023-009 evaluation]", output, StringComparison.Ordinal);
        Assert.Contains("1 error(s), 3 warning(s), 0 note(s)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_register_renders_with_plans_by_stage_and_lessons()
    {
        var (exit, output, _) = Run("problem-solving", "render", "problem-solving-register.json", "--format", "md");
        Assert.Equal(0, exit);
        Assert.Contains("## Plans by stage", output, StringComparison.Ordinal);
        Assert.Contains("Moving racks into camera view cost little", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_four_pillars_assessment_renders_as_a_grid_and_compares_the_two_north_assessments()
    {
        var (exit, output, _) = Run("framework", "render", "four-pillars-assessment.json", "--format", "md");
        Assert.Equal(0, exit);
        Assert.Contains("## Pillar by unit", output, StringComparison.Ordinal);
        Assert.Contains("### North LPA: 17 June 2016 to 9 December 2016", output, StringComparison.Ordinal);
        // V1 developing -> established, V2 not started -> developing, P1 developing -> established, C1 developing ->
        // established: 4 improved; E1 and P2 unchanged; P3 newly rated.
        Assert.Contains("4 improved, 2 unchanged, 0 declined, 1 newly rated, 0 no longer rated.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_example_model_s_staffing_gap_and_unmapped_ward_are_found()
    {
        var (exit, output, _) = Run("policing-model", "validate", "policing-model.json");
        Assert.Equal(0, exit);
        Assert.Contains("warning policing-model.staffing.below-establishment [North ward officers PCSO]", output, StringComparison.Ordinal);
        Assert.Contains("warning policing-model.places.ward-unmapped [Forge cluster]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_engagement_file_whose_clusters_are_not_the_model_s_is_an_error()
    {
        var (exit, output, _) = Run("policing-model", "validate", "policing-model.json", "--engagement", "engagement-city-of-london-2024-11.json");
        Assert.Equal(1, exit);
        Assert.Contains("error policing-model.engagement.clusters-differ [Bank cluster] engagement-city-of-london-2024-11.json: The engagement data has a cluster Bank, which the policing model does not", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_register_is_exit_2_with_what_the_reader_reads()
    {
        var (exit, _, error) = Run("problem-solving", "validate", "policing-model.json");
        Assert.Equal(2, exit);
        Assert.Contains("nhp-problem-solving", error, StringComparison.Ordinal);
    }

    private (int Exit, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var error = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var exit = CliApp.Run(args, new CliContext(TextReader.Null, output, error, folder));
        return (exit, output.ToString(), error.ToString());
    }
}
