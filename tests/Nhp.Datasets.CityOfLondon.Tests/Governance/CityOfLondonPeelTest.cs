using Nhp.Delivery;
using Nhp.Governance;
using Nhp.Governance.Peel;

namespace Nhp.Datasets.CityOfLondon.Tests.Governance;

public sealed class CityOfLondonPeelTest
{
    private static PeelUpdate Update => CityOfLondonDataset.February2024.Governance!.Peel!;

    [Fact]
    public void The_update_lists_eleven_areas_and_the_regional_recommendation_in_printed_order()
    {
        Assert.Equal(
            ["afi-01", "afi-02", "afi-03", "afi-04", "afi-05", "afi-06", "afi-07", "rec-01", "afi-08", "afi-09", "afi-10", "afi-11"],
            Update.Areas.Select(a => a.Id));
        Assert.Equal(AfiKind.Recommendation, Update.Find("rec-01")!.Kind);
        Assert.Equal(11, Update.Areas.Count(a => a.Kind == AfiKind.AreaForImprovement));
        Assert.Equal("PEEL 2022", Update.Inspection);
    }

    [Fact]
    public void The_progress_paragraphs_are_numbered_as_printed()
    {
        // Paragraphs 3 to 25 sit under the areas; 3 lost its number in the export and 11 is a note to its part.
        var numbers = Update.Areas.SelectMany(a => a.Progress).Select(p => p.Number).ToArray();
        Assert.Null(numbers[0]);
        Assert.Equal(Enumerable.Range(4, 22).Where(n => n != 11).Cast<int?>(), numbers.Skip(1));
        Assert.Equal(9, Update.Find("afi-08")!.Points.Count);
        Assert.StartsWith("11. City of London Police has two local areas for improvement", Update.Notes[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_three_neighbourhood_policing_areas_are_printed_verbatim_and_linked_to_deliverables_of_the_plan()
    {
        Assert.Equal("The force should develop a strategy for providing neighbourhood policing with a governance framework that will improve performance", Update.Find("afi-01")!.Text);
        Assert.Equal("The force should routinely review problem-solving plans and make sure good practice is shared with staff as part of a lessons-learned approach.", Update.Find("afi-02")!.Text);
        Assert.Equal("The force needs to ensure that neighbourhood policing officers have access to training relevant to their role.", Update.Find("afi-03")!.Text);
        Assert.Equal(["0.1", "0.2", "0.3", "0.4", "4.11"], Codes("afi-01"));
        Assert.Equal(["1.4", "1.5", "1.12"], Codes("afi-02"));
        Assert.Equal(["1.10", "1.13", "2.7", "2.9", "3.10"], Codes("afi-03"));
        Assert.All(Update.Areas.Skip(3), a => Assert.Empty(a.Deliverables));

        var plan = CityOfLondonDataset.February2024.DeliveryPlan!;
        Assert.All(Update.Areas.SelectMany(a => a.Deliverables), code => Assert.NotNull(plan.Find(code)));
    }

    [Fact]
    public void The_linked_deliverables_RAG_is_the_plan_s_judged_at_the_paper_s_date()
    {
        var dataset = CityOfLondonDataset.February2024;
        var delivery = AfiDelivery.Of(Update.Find("afi-01")!, dataset.DeliveryPlan!, dataset.AsOf!.Value);

        // The plan reports 0.1, 0.2, 0.4 and 4.11 GREEN and 0.3 (the performance framework, due 31/03/2024) AMBER.
        Assert.Equal([RagStatus.Green, RagStatus.Green, RagStatus.Amber, RagStatus.Green, RagStatus.Green], delivery.Deliverables.Select(d => d.Judgement!.ReportedRag));
        Assert.Equal(RagStatus.Amber, delivery.WorstReported);
    }

    [Fact]
    public void The_status_is_understood_from_the_paper_s_words()
    {
        var statuses = Update.Areas.ToDictionary(a => a.Id, a => Update.StatusOf(a));

        Assert.Equal(new AfiStatus(AfiState.Closed, AfiStatusBasis.Printed, "CoLP has met the requirements of this area of improvement"), statuses["afi-05"]);
        Assert.All(statuses.Where(s => s.Key != "afi-05"), s => Assert.Equal((AfiState.InProgress, AfiStatusBasis.Update), (s.Value.State, s.Value.Basis)));
        Assert.StartsWith("CoLP is progressing its 'Requires Improvement' recommendations made by HMICFRS from PEEL 2022.", Update.Status, StringComparison.Ordinal);
    }

    [Fact]
    public void The_checks_find_nothing_in_the_February_update()
    {
        var dataset = CityOfLondonDataset.February2024;
        Assert.Empty(GovernanceRules.CheckPeel(new PeelCheck(Update, null, dataset.DeliveryPlan) { AsOf = dataset.AsOf }));
    }

    private static IEnumerable<string> Codes(string id) => Update.Find(id)!.Deliverables.Select(c => c.ToString());
}
