using Nhp.Datasets;
using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Rag;
using Nhp.Reporting.Documents;
using Nhp.Reporting.Rendering;
using Nhp.Text;
using NodaTime;

namespace Nhp.Reporting.Rag;

/// <summary>
/// The RAG check of a delivery plan (id <c>rag-check</c>): for each deliverable with findings, the RAG reported, the
/// RAG the rules expect at the as-of date and the findings that explain the difference, each with its rule id; then
/// what is due to turn RED in the next days if nobody updates it, and the rules applied. Markdown, HTML or plain
/// text; pure (the as-of date is given or taken from the plan, never read from a clock).
/// </summary>
public sealed class RagCheckReport : DocumentReport
{
    /// <summary>How far ahead the "due to change" section looks by default: 90 days.</summary>
    public const int DefaultDueWithinDays = 90;

    private readonly RagPolicy policy;
    private readonly LocalDate? asOf;
    private readonly int dueWithinDays;

    /// <summary>
    /// Creates the report with the built-in policy, judged at the date the plan speaks for
    /// (<see cref="DeliveryPlan.AsOfDate"/>), looking <see cref="DefaultDueWithinDays"/> days ahead.
    /// </summary>
    public RagCheckReport()
        : this(RagPolicy.Default, null, DefaultDueWithinDays)
    {
    }

    /// <summary>Creates the report with a policy, an as-of date and a look-ahead.</summary>
    /// <param name="policy">The rules to apply.</param>
    /// <param name="asOf">The date to judge at; null for the date the plan speaks for (<see cref="DeliveryPlan.AsOfDate"/>).</param>
    /// <param name="dueWithinDays">How many days ahead "due to change" looks, 1 to 3660.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dueWithinDays"/> is out of range.</exception>
    public RagCheckReport(RagPolicy policy, LocalDate? asOf, int dueWithinDays)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfLessThan(dueWithinDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dueWithinDays, 3660);
        this.policy = policy;
        this.asOf = asOf;
        this.dueWithinDays = dueWithinDays;
    }

    /// <inheritdoc />
    public override string Id => "rag-check";

    /// <inheritdoc />
    public override string Title => "RAG check";

    /// <summary>The RAG check of the dataset's delivery plan; when the dataset has none, a document that says so.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The document.</returns>
    public override Document Build(NhpDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.DeliveryPlan is { } plan
            ? Build(plan)
            : new DocumentBuilder(Title).Paragraph(dataset.Name + " has no delivery plan.").Build();
    }

    /// <summary>The RAG check of one plan as a document.</summary>
    /// <param name="plan">The plan; its deliverables' latest updates are judged.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentException">No as-of date was given and the plan has no updates to take one from.</exception>
    public Document Build(DeliveryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var date = AsOf(plan);
        var subjects = RagSubject.Latest(plan);
        var evaluation = policy.Evaluate(subjects, date);
        var position = plan.AsOf is { } month ? $"Summary position of {Wording.Month(month)}. " : string.Empty;
        return new DocumentBuilder(plan.Title is null ? Title : $"{Title}: {plan.Title}")
            .Subtitle(position + Rules(date))
            .RagCheck(evaluation)
            .DueToChange(policy.DueToTurnRed(subjects, date, dueWithinDays), date, dueWithinDays)
            .Heading("Rules applied")
            .Table(
                [new("Rule"), new("Title"), new("Severity")],
                policy.Rules.Select(rule => TableRow.Of(new Code(rule.Id), rule.Title, rule.Severity.ToText())))
            .Build();
    }

    /// <summary>Renders the RAG check of one plan.</summary>
    /// <param name="plan">The plan; its deliverables' latest updates are judged.</param>
    /// <param name="format">Markdown, HTML or plain text.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="NotSupportedException">The format is not a document format.</exception>
    public void Render(DeliveryPlan plan, ReportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(writer);
        this.EnsureSupports(format);
        DocumentRenderer.For(format).Render(Build(plan), writer);
    }

    /// <summary>
    /// The date the report judges a plan at: the given as-of date, or else the date the plan speaks for
    /// (<see cref="DeliveryPlan.AsOfDate"/>, the last day of its latest update month).
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentException">No as-of date was given and the plan has no updates to take one from.</exception>
    public LocalDate AsOf(DeliveryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return asOf ?? plan.AsOfDate
            ?? throw new ArgumentException("The plan has no status updates, so the report needs an as-of date.", nameof(plan));
    }

    // The key in the plan's own words: "GREEN complete/established, AMBER in progress, RED deadline missed or …".
    private static string Rules(LocalDate date)
    {
        var key = string.Join(", ", new[] { RagStatus.Green, RagStatus.Amber, RagStatus.Red }.Select(s => Wording.Rag(s) + " " + LowerFirst(RagKey.Meaning(s))));
        return $"Judged at {Wording.Date(date)} against the plan's key: {key}. A deadline day itself is not missed; the day after is.";
    }

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
