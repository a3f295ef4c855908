using Nhp.Delivery;
using NodaTime;

namespace Nhp.Datasets.CityOfLondon.Tests;

public sealed class DefaultDatasetTest
{
    [Fact]
    public void The_default_dataset_holds_the_January_2024_delivery_plan_imported_from_the_embedded_paper()
    {
        var plan = CityOfLondonDataset.February2024.DeliveryPlan;
        Assert.NotNull(plan);
        Assert.Equal(55, plan.Deliverables.Count());
        Assert.Equal(new YearMonth(2024, 1), plan.AsOf);
        Assert.Equal("Promote a culture of trust and confidence", plan.Objectives[^1].Title);
        Assert.Equal(DefaultDataset.LoadDeliveryPlan(), plan);
    }
}
