using Nhp.Governance;
using Nhp.Governance.Workforce;

namespace Nhp.Domain.Tests.Governance.Workforce;

public sealed class WorkforceDiversityTest
{
    private static readonly DiversityProfile Staff = new()
    {
        Title = "Staff",
        Characteristics =
        [
            new ProfileCharacteristic { Name = "Sex", Categories = [Category("Female", 26m), Category("Male", 73m)] },
            new ProfileCharacteristic { Name = "Disability", Categories = [Category("Yes", 2m), Category("No", 11m), Category("Not Stated", 87m)] },
        ],
    };

    // A hand-made population, not census figures.
    private static readonly DiversityProfile Population = new()
    {
        Title = "Residents",
        Characteristics =
        [
            new ProfileCharacteristic { Name = "sex", Categories = [Category("female", 50m), Category("male", 48m), Category("Other", 2m)] },
            new ProfileCharacteristic { Name = "Age", Categories = [Category("Under 26", 20m), Category("26 and over", 80m)] },
        ],
    };

    [Fact]
    public void The_comparison_matches_labels_ignoring_case_and_compares_shares_of_those_who_stated()
    {
        var rows = new WorkforceDiversity { Profile = Staff, Population = Population }.Compare();

        // Female: 26 / 99 = 26.263% of the staff who stated it; 50 / 100 = 50% of residents; -23.737 points.
        var female = rows[0];
        Assert.Equal(("Sex", "Female", 26m), (female.Characteristic, female.Category, female.Workforce));
        Assert.Equal(26.263m, Math.Round(female.WorkforceStated!.Value, 3));
        Assert.Equal(50m, female.Population);
        Assert.Equal(-23.737m, Math.Round(female.Difference!.Value, 3));
        // The population's "Other" has no workforce row; Disability has no population; Age has no workforce.
        Assert.Equal(
            [("Sex", "Other"), ("Disability", "Yes"), ("Disability", "No"), ("Disability", "Not Stated"), ("Age", "Under 26"), ("Age", "26 and over")],
            rows.Where(r => r.Difference is null).Select(r => (r.Characteristic, r.Category)));
        Assert.True(rows.Single(r => r.Category == "Not Stated").IsNotStated);
        Assert.Equal(8, rows.Count);
    }

    [Fact]
    public void Without_a_population_the_rows_have_no_population_share() =>
        Assert.All(new WorkforceDiversity { Profile = Staff }.Compare(), r => Assert.Null(r.Population));

    [Fact]
    public void The_threshold_decides_which_characteristics_are_flagged()
    {
        var findings = GovernanceRules.CheckWorkforce(new WorkforceDiversity { Profile = Staff, NotStatedThreshold = 90m });
        Assert.DoesNotContain(findings, f => f.RuleId == GovernanceRules.WorkforceNotStatedHigh);

        var flagged = Assert.Single(GovernanceRules.CheckWorkforce(new WorkforceDiversity { Profile = Staff }), f => f.RuleId == GovernanceRules.WorkforceNotStatedHigh);
        Assert.Equal("87% of Staff did not state their disability, above the threshold of 10%: the shares of those who did describe only 13% of them.", flagged.Message);
    }

    [Fact]
    public void The_comparison_writes_as_CSV() =>
        Assert.Equal(
            "characteristic,category,not-stated,workforce-percent,workforce-stated-percent,population-percent,difference-points\nSex,Female,no,26,26.26,50,-23.74\n",
            string.Join("\n", ProfileComparisonCsv.Write(new WorkforceDiversity { Profile = Staff, Population = Population }).Split('\n').Take(2)) + "\n");

    private static ProfileCategory Category(string label, decimal share) => new() { Label = label, Share = share };
}
