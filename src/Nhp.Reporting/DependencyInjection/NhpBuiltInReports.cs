using Nhp.Reporting.Delivery;
using Nhp.Reporting.Rag;

namespace Nhp.Reporting.DependencyInjection;

/// <summary>The built-in reports of one container, made once from its <see cref="NhpOptions"/>.</summary>
internal sealed class NhpBuiltInReports
{
    public NhpBuiltInReports(NhpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var policy = options.RagPolicy ?? throw new InvalidOperationException("NhpOptions.RagPolicy is null; leave it unset for the default rules.");
        Reports = [.. ReportCatalog.BuiltInReports().Select(report => report switch
        {
            DeliveryPlanReport => new DeliveryPlanReport(policy, options.AsOf, options.DueWithinDays),
            RagCheckReport => new RagCheckReport(policy, options.AsOf, options.DueWithinDays),
            _ => report,
        })];
    }

    /// <summary>The built-in reports in catalog order, configured by the options.</summary>
    public IReadOnlyList<IReport> Reports { get; }

    public T Of<T>()
        where T : IReport => Reports.OfType<T>().Single();

    /// <summary>
    /// The catalog of the built-ins and the caller's own reports: a report of the caller's with a built-in's id takes
    /// the built-in's place; the caller's others follow in registration order, a later one replacing an earlier one
    /// of the same id.
    /// </summary>
    public ReportCatalog Catalog(IEnumerable<IReport> registered)
    {
        var own = registered.Where(r => !Reports.Contains(r, ReferenceEqualityComparer.Instance)).ToList();
        var list = new List<IReport>(Reports);
        foreach (var report in own)
        {
            var index = list.FindIndex(r => string.Equals(r.Id, report.Id, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                list[index] = report;
            }
            else
            {
                list.Add(report);
            }
        }

        return new ReportCatalog(list);
    }
}
