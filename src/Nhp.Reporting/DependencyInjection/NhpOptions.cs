using Nhp.Datasets;
using Nhp.Rag;
using Nhp.Reporting.Rag;
using NodaTime;

namespace Nhp.Reporting.DependencyInjection;

/// <summary>
/// The settings of Nhp in a service container, in the <c>Microsoft.Extensions.Options</c> style: set them in
/// <c>services.AddNhp(options =&gt; …)</c> (or any <c>Configure&lt;NhpOptions&gt;</c>); the container reads them once, when
/// it first builds the reports or the dataset. Mutable, as options classes are; not thread-safe while being configured.
/// </summary>
public sealed class NhpOptions
{
    /// <summary>
    /// The dataset the container provides as <see cref="NhpDataset"/> (for example <c>NhpDataset.Load("mydata").Value</c>
    /// or a dataset package's), or null when the caller passes one to each report; resolving <see cref="NhpDataset"/>
    /// with none set is an error that says so.
    /// </summary>
    public NhpDataset? Dataset { get; set; }

    /// <summary>
    /// The date the delivery plan and RAG check reports judge at; null (the default) judges each plan at the date it
    /// speaks for (<see cref="Nhp.Delivery.DeliveryPlan.AsOfDate"/>), as <c>nhp report</c> does.
    /// </summary>
    public LocalDate? AsOf { get; set; }

    /// <summary>The RAG rules the delivery plan and RAG check reports apply; <see cref="RagPolicy.Default"/> unless set.</summary>
    public RagPolicy RagPolicy { get; set; } = RagPolicy.Default;

    /// <summary>
    /// How many days ahead the RAG reports look for deliverables due to change; <see cref="RagCheckReport.DefaultDueWithinDays"/>
    /// unless set.
    /// </summary>
    public int DueWithinDays { get; set; } = RagCheckReport.DefaultDueWithinDays;
}
