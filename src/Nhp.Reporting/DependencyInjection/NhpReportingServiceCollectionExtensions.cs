using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Nhp.Datasets;
using Nhp.Reporting.Delivery;
using Nhp.Reporting.Engagement;
using Nhp.Reporting.Integrity;
using Nhp.Reporting.Performance;
using Nhp.Reporting.Rag;
using Nhp.Reporting.Sources;

namespace Nhp.Reporting.DependencyInjection;

/// <summary>Registers Nhp's reports, settings and dataset with <see cref="IServiceCollection"/>.</summary>
public static class NhpReportingServiceCollectionExtensions
{
    /// <summary>
    /// Registers Nhp with its settings (<see cref="NhpOptions"/>, configured by <paramref name="configure"/> in the
    /// <c>Microsoft.Extensions.Options</c> style): every built-in report as a singleton <see cref="IReport"/> made with
    /// the options' RAG policy, as-of date and look-ahead; a singleton <see cref="ReportCatalog"/> of the built-ins and
    /// every <see cref="IReport"/> the caller registers (before or after this call), where a caller's report with a
    /// built-in's id replaces the built-in in its place; and the options' <see cref="NhpOptions.Dataset"/> as a
    /// singleton <see cref="NhpDataset"/>. Calling it again registers nothing twice and adds its configuration.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; null leaves the defaults.</param>
    /// <returns>The same service collection, for chaining.</returns>
    public static IServiceCollection AddNhp(this IServiceCollection services, Action<NhpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<NhpOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton(provider => new NhpBuiltInReports(provider.GetRequiredService<IOptions<NhpOptions>>().Value));

        // One line per built-in report (a test checks they match ReportCatalog.Default); typed, so a second call adds none.
        BuiltIn<DeliveryPlanReport>(services);
        BuiltIn<RagCheckReport>(services);
        BuiltIn<WhatChangedReport>(services);
        BuiltIn<PerformanceReport>(services);
        BuiltIn<EngagementReport>(services);
        BuiltIn<CrimeDataIntegrityReport>(services);
        BuiltIn<ProblemSolving.ProblemSolvingReport>(services);
        BuiltIn<Frameworks.FrameworkAssessmentReport>(services);
        BuiltIn<Policing.PolicingModelReport>(services);
        BuiltIn<Reviews.ReviewRecommendationsReport>(services);
        BuiltIn<Governance.InspectionActionsReport>(services);
        BuiltIn<Governance.ModernSlaveryReport>(services);
        BuiltIn<Governance.OutstandingReferencesReport>(services);
        BuiltIn<Governance.PeelReport>(services);
        BuiltIn<Governance.WorkforceReport>(services);
        BuiltIn<SourcesReport>(services);

        services.TryAddSingleton(provider => provider.GetRequiredService<NhpBuiltInReports>().Catalog(provider.GetServices<IReport>()));
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<NhpOptions>>().Value.Dataset
            ?? throw new InvalidOperationException("No dataset is configured: set it with services.AddNhp(options => options.Dataset = …), for example NhpDataset.Load(folder).Value."));
        return services;
    }

    /// <summary>
    /// Registers the built-in reports and the <see cref="ReportCatalog"/> with the default settings: the same as
    /// <see cref="AddNhp"/> with no configuration.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection, for chaining.</returns>
    public static IServiceCollection AddNhpReporting(this IServiceCollection services) => services.AddNhp();

    private static void BuiltIn<T>(IServiceCollection services)
        where T : class, IReport =>
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReport, T>(provider => provider.GetRequiredService<NhpBuiltInReports>().Of<T>()));
}
