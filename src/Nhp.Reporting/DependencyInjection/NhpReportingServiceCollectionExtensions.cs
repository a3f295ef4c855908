using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Nhp.Reporting.DependencyInjection;

/// <summary>Registers Nhp's reports with <see cref="IServiceCollection"/>.</summary>
public static class NhpReportingServiceCollectionExtensions
{
    /// <summary>
    /// Registers every built-in report as a singleton <see cref="IReport"/> and a singleton <see cref="ReportCatalog"/>
    /// built from all registered <see cref="IReport"/>s (the built-ins and any the caller adds). Calling it twice
    /// registers nothing twice.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection, for chaining.</returns>
    public static IServiceCollection AddNhpReporting(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (var report in ReportCatalog.BuiltInReports())
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IReport>(report));
        }

        services.TryAddSingleton(provider => new ReportCatalog(provider.GetServices<IReport>()));
        return services;
    }
}
