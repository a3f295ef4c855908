using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Nhp.Datasets;
using Nhp.Datasets.CityOfLondon;
using Nhp.Rag;
using Nhp.Reporting.DependencyInjection;
using Nhp.Reporting.Rag;
using NodaTime;

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

    private sealed class MySources : IReport
    {
        public string Id => "Sources";

        public string Title => "Where our figures come from";

        public IReadOnlyList<ReportFormat> Formats => [ReportFormat.Markdown];

        public void Render(NhpDataset dataset, ReportFormat format, TextWriter writer) => writer.Write("# Ours\n");
    }

    [Fact]
    public void A_callers_report_with_a_built_in_id_replaces_the_built_in_in_its_place()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<IReport, MySources>()
            .AddNhp()
            .BuildServiceProvider();

        var catalog = provider.GetRequiredService<ReportCatalog>();

        Assert.Equal(ReportCatalog.Default.Reports.Select(r => r.Id.ToUpperInvariant()), catalog.Reports.Select(r => r.Id.ToUpperInvariant()));
        Assert.IsType<MySources>(catalog.Find("sources"));
    }

    [Fact]
    public void Registered_after_AddNhp_a_callers_report_also_replaces_the_built_in()
    {
        using var provider = new ServiceCollection().AddNhpReporting().AddSingleton<IReport, MySources>().BuildServiceProvider();

        Assert.IsType<MySources>(provider.GetRequiredService<ReportCatalog>().Find("sources"));
        Assert.Equal(ReportCatalog.Default.Reports.Count, provider.GetRequiredService<ReportCatalog>().Reports.Count);
    }

    [Fact]
    public void The_options_set_the_dataset_the_as_of_date_and_the_rag_policy_of_the_reports()
    {
        var policy = RagPolicy.Default.Without(RagRules.NotRatedId);
        var dataset = CityOfLondonDataset.February2024;
        using var provider = new ServiceCollection()
            .AddNhp(options =>
            {
                options.Dataset = dataset;
                options.AsOf = new LocalDate(2024, 4, 1);
                options.RagPolicy = policy;
                options.DueWithinDays = 30;
            })
            .BuildServiceProvider();

        Assert.Same(dataset, provider.GetRequiredService<NhpDataset>());
        Assert.Same(policy, provider.GetRequiredService<IOptions<NhpOptions>>().Value.RagPolicy);
        var catalog = provider.GetRequiredService<ReportCatalog>();
        var expected = new RagCheckReport(policy, new LocalDate(2024, 4, 1), 30).RenderToString(dataset, ReportFormat.Markdown);
        Assert.Equal(expected, catalog.Find("rag-check")!.RenderToString(dataset, ReportFormat.Markdown));
        Assert.Contains("RAG check as at 1 April 2024", expected, StringComparison.Ordinal);
        Assert.NotEqual(ReportCatalog.Default.Find("rag-check")!.RenderToString(dataset, ReportFormat.Markdown), expected);
    }

    [Fact]
    public void Without_a_dataset_in_the_options_resolving_one_says_how_to_set_it()
    {
        using var provider = new ServiceCollection().AddNhp().BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<NhpDataset>());
        Assert.Contains("options.Dataset", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configuration_added_in_a_second_call_applies_and_nothing_is_registered_twice()
    {
        using var provider = new ServiceCollection()
            .AddNhp(o => o.DueWithinDays = 10)
            .AddNhp(o => o.AsOf = new LocalDate(2024, 3, 1))
            .BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<NhpOptions>>().Value;
        Assert.Equal((10, new LocalDate(2024, 3, 1)), (options.DueWithinDays, options.AsOf!.Value));
        Assert.Equal(ReportCatalog.Default.Reports.Count, provider.GetServices<IReport>().Count());
    }
}
