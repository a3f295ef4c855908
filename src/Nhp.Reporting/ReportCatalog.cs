using Nhp.Reporting.Delivery;
using Nhp.Reporting.Engagement;
using Nhp.Reporting.Integrity;
using Nhp.Reporting.Performance;
using Nhp.Reporting.Rag;
using Nhp.Reporting.Sources;

namespace Nhp.Reporting;

/// <summary>
/// The reports available to a caller, by id. Immutable and thread-safe. <see cref="Default"/> holds every report this
/// library ships; dependency injection (<c>services.AddNhpReporting()</c>) builds one from every registered
/// <see cref="IReport"/>, so a tool can add its own.
/// </summary>
public sealed class ReportCatalog
{
    private readonly Dictionary<string, IReport> byId;

    /// <summary>Creates a catalog of <paramref name="reports"/>, kept in the given order.</summary>
    /// <param name="reports">The reports; their ids must be unique (case-insensitive).</param>
    /// <exception cref="ArgumentException">Two reports share an id.</exception>
    public ReportCatalog(IEnumerable<IReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        Reports = reports.ToArray();
        byId = new Dictionary<string, IReport>(StringComparer.OrdinalIgnoreCase);
        foreach (var report in Reports)
        {
            if (!byId.TryAdd(report.Id, report))
            {
                throw new ArgumentException($"Two reports have the id '{report.Id}'; report ids must be unique.", nameof(reports));
            }
        }
    }

    /// <summary>The catalog of every report this library ships, in the order a committee pack would present them.</summary>
    public static ReportCatalog Default { get; } = new(BuiltInReports());

    /// <summary>The reports, in order.</summary>
    public IReadOnlyList<IReport> Reports { get; }

    /// <summary>Finds a report by id (case-insensitive).</summary>
    /// <param name="id">The report id.</param>
    /// <returns>The report, or null when there is none with that id.</returns>
    public IReport? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>The reports this library ships, new instances each call.</summary>
    /// <returns>The built-in reports, in presentation order.</returns>
    internal static IReport[] BuiltInReports() =>
    [
        // The delivery plan as the committee sees it, judged by the default RAG rules at the paper's own date.
        new DeliveryPlanReport(Nhp.Rag.RagPolicy.Default),
        new RagCheckReport(),
        new WhatChangedReport(),
        new PerformanceReport(),
        new EngagementReport(),
        new CrimeDataIntegrityReport(),
        new ProblemSolving.ProblemSolvingReport(),
        new Frameworks.FrameworkAssessmentReport(),
        new Policing.PolicingModelReport(),
        new Reviews.ReviewRecommendationsReport(),
        new Governance.InspectionActionsReport(),
        new Governance.ModernSlaveryReport(),
        new Governance.OutstandingReferencesReport(),
        new Governance.PeelReport(),
        new Governance.WorkforceReport(),
        new SourcesReport(),
    ];
}
