using Nhp.Delivery;
using Nhp.Governance;
using Nhp.Governance.Workforce;

namespace Nhp.Datasets.CityOfLondon.Tests.Governance;

public sealed class CityOfLondonWorkforceTest
{
    private static WorkforceDiversity Workforce => CityOfLondonDataset.February2024.Governance!.Workforce!;

    [Fact]
    public void The_profile_is_deliverable_4_14_s_summary_as_printed()
    {
        var deliverable = CityOfLondonDataset.February2024.DeliveryPlan!.Find(DeliverableCode.Parse("4.14"))!;

        Assert.Equal(deliverable.Latest!.Summary, Workforce.Profile.Text);
        Assert.Equal(DeliverableCode.Parse("4.14"), Workforce.Profile.Deliverable);
        Assert.All(Workforce.Profile.Characteristics.SelectMany(c => c.Categories), c => Assert.Contains(c.Text!, Workforce.Profile.Text, StringComparison.Ordinal));
        Assert.Null(Workforce.Population);
    }

    [Fact]
    public void The_shares_are_the_printed_ones()
    {
        var shares = Workforce.Profile.Characteristics.ToDictionary(c => c.Name, c => c.Categories.Select(x => (x.Label, x.Share!.Value)).ToArray());

        Assert.Equal([("Female", 26m), ("Male", 73m)], shares["Gender"]);
        Assert.Equal([("Ethnic Minority", 11m), ("Not Stated", 7m), ("White", 82m)], shares["Ethnicity"]);
        Assert.Equal([("Yes to a disability", 2m), ("No disability", 11m), ("Not Stated", 87m)], shares["Disability"]);
        Assert.Equal([("Heterosexual/Straight", 44m), ("Not Stated or Prefer not to say", 55m)], shares["Sexual Orientation"]);
        Assert.Equal([("Under 26", 11m), ("26-40 years old", 49m), ("40-55 years old", 27m), ("56 and over", 13m)], shares["Age"]);
    }

    [Fact]
    public void Disability_and_sexual_orientation_are_mostly_not_stated_and_every_characteristic_adds_up_within_rounding()
    {
        var findings = GovernanceRules.CheckWorkforce(Workforce);

        // 87% and 55% did not state them; ethnicity's 7% is under the 10% threshold. Gender (26 + 73) and sexual
        // orientation (44 + 55) add up to 99, within the rounding of two whole percentages.
        Assert.Equal(["Disability", "Sexual Orientation"], findings.Select(f => f.Subject));
        Assert.All(findings, f => Assert.Equal(GovernanceRules.WorkforceNotStatedHigh, f.RuleId));
    }
}
