using Microsoft.Extensions.DependencyInjection;
using Nhp.Datasets;
using Nhp.Reporting.DependencyInjection;

namespace Nhp.Reporting.Tests.DependencyInjection;

public sealed class NhpReportingServiceCollectionExtensionsTest
{
    private sealed class CustomReport : IReport
    {
        public string Id => "custom";

        public string Title => "Custom";

        public IReadOnlyList<ReportFormat> Formats => [ReportFormat.Markdown];

        public void Render(NhpDataset dataset, ReportFormat format, TextWriter writer) => writer.Write("# Custom\n");
    }

    [Fact]
    public void The_catalog_from_the_container_holds_the_built_in_reports_and_the_callers_own()
    {
        using var provider = new ServiceCollection()
            .AddNhpReporting()
            .AddSingleton<IReport, CustomReport>()
            .BuildServiceProvider();

        var catalog = provider.GetRequiredService<ReportCatalog>();

        Assert.Equal(
            ReportCatalog.Default.Reports.Select(r => r.Id).Append("custom"),
            catalog.Reports.Select(r => r.Id));
    }

    [Fact]
    public void Registering_twice_registers_each_report_once()
    {
        using var provider = new ServiceCollection().AddNhpReporting().AddNhpReporting().BuildServiceProvider();

        Assert.Equal(ReportCatalog.Default.Reports.Count, provider.GetServices<IReport>().Count());
    }
}
