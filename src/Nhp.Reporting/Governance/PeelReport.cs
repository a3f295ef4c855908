using System.Globalization;
using Nhp.Datasets;
using Nhp.Delivery;
using Nhp.Governance;
using Nhp.Governance.Inspections;
using Nhp.Governance.Peel;
using Nhp.Reporting.Documents;
using Nhp.Text;
using NodaTime;

namespace Nhp.Reporting.Governance;

/// <summary>
/// The areas for improvement report (id <c>peel</c>): each area for improvement (and recommendation) of the dataset's
/// <see cref="GovernanceData.Peel"/> as printed, under its heading, with its points and numbered paragraphs of progress,
/// its status understood (from its linked register actions, its own printed status, or the update's), its linked
/// actions, and its linked deliverables with the RAG the plan reports and the RAG the default rules expect at the
/// dataset's as-of date; then every check of <see cref="GovernanceRules.Peel"/>. Pure and thread-safe.
/// </summary>
public sealed class PeelReport : DocumentReport
{
    /// <inheritdoc />
    public override string Id => "peel";

    /// <inheritdoc />
    public override string Title => "Inspection areas for improvement";

    /// <inheritdoc />
    public override Document Build(NhpDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var governance = dataset.Governance;
        return Build(governance?.Peel, governance?.InspectionActions?.Register, dataset.DeliveryPlan, dataset.AsOf, dataset.Name);
    }

    /// <summary>One update on its own as a document, as <c>nhp peel render</c> shows it.</summary>
    /// <param name="update">The update; null gives a document saying there is none.</param>
    /// <param name="register">The register its areas link to, or null.</param>
    /// <param name="plan">The delivery plan its areas link to, or null.</param>
    /// <param name="asOf">The date to judge linked deliverables at; null for the update's date.</param>
    /// <param name="name">The force and date; shown in the title.</param>
    /// <returns>The document.</returns>
    public static Document Build(PeelUpdate? update, InspectionActionRegister? register, DeliveryPlan? plan, LocalDate? asOf, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var doc = new DocumentBuilder("Areas for improvement: " + name);
        if (update is null)
        {
            return doc.Paragraph("This dataset has no update on the areas for improvement of an inspection.").Build();
        }

        var check = new PeelCheck(update, register, plan) { AsOf = asOf };
        doc.Subtitle(update.Title + " (" + update.Inspection + "), as at " + Wording.Date(update.AsOf) + ".");
        var statuses = update.Areas.Select(a => (Area: a, Status: update.StatusOf(a, register))).ToArray();
        var areas = update.Areas.Count(a => a.Kind == AfiKind.AreaForImprovement);
        doc.Paragraph(
            $"{Wording.Count(areas, "area for improvement", "areas for improvement")} and {Wording.Count(update.Areas.Count - areas, "recommendation", "recommendations")}: "
            + $"{Wording.Number(statuses.Count(s => s.Status.State == AfiState.Closed))} closed or met, {Wording.Number(statuses.Count(s => s.Status.State == AfiState.InProgress))} in progress, "
            + $"{Wording.Number(statuses.Count(s => s.Status.State == AfiState.NotStated))} with no status stated.");
        if (update.Status is { } overall)
        {
            doc.Paragraph("The update says of them all: ", new Emphasis(overall));
        }

        Summary(doc, statuses, plan, check.JudgedAt);
        foreach (var group in statuses.GroupBy(s => s.Area.Heading ?? string.Empty))
        {
            doc.Heading(group.Key.Length == 0 ? "Other areas" : group.Key);
            foreach (var (area, status) in group)
            {
                Area(doc, area, status, register, plan, check.JudgedAt, update.AsOf);
            }
        }

        if (update.Notes.Count > 0)
        {
            doc.Heading("Also printed").Bullets(update.Notes);
        }

        doc.Heading("Checks").Findings(GovernanceRules.CheckPeel(check), "Every area has progress and a status understood, and every link is found.");
        return doc.Build();
    }

    private static void Summary(DocumentBuilder doc, IEnumerable<(AreaForImprovement Area, AfiStatus Status)> statuses, DeliveryPlan? plan, LocalDate judgedAt)
    {
        doc.Heading("Summary");
        var rows = statuses.Select(s =>
        {
            var delivery = plan is null || s.Area.Deliverables.Count == 0 ? null : AfiDelivery.Of(s.Area, plan, judgedAt);
            return TableRow.Of(
                s.Area.Id,
                Kind(s.Area),
                s.Area.Heading ?? "—",
                State(s.Status.State),
                Wording.Number(s.Area.Progress.Count),
                s.Area.Deliverables.Count == 0 ? "—" : string.Join(", ", s.Area.Deliverables),
                delivery is null ? "—" : RagBadge.For(delivery.WorstReported));
        });
        doc.Table(
            [new("Area"), new("Kind"), new("Heading"), new("Status understood"), TableColumn.Numeric("Progress paragraphs"), new("Linked deliverables"), new("Worst RAG reported")],
            rows,
            caption: "Areas for improvement and recommendations, in printed order",
            rowHeaders: true);
    }

    private static void Area(DocumentBuilder doc, AreaForImprovement area, AfiStatus status, InspectionActionRegister? register, DeliveryPlan? plan, LocalDate judgedAt, LocalDate updateDate)
    {
        doc.Subheading(area.Id + ": " + (area.Label ?? Kind(area)));
        doc.Paragraph(new Emphasis(area.Text));
        if (area.Points.Count > 0)
        {
            doc.Bullets(area.Points);
        }

        List<Inline> line = [new Strong("Status:"), " " + State(status.State)];
        switch (status.Basis)
        {
            case AfiStatusBasis.Register:
                line.Add(", from the register: " + status.Text);
                break;
            case AfiStatusBasis.Printed:
                line.AddRange([", as printed for this area: ", new Emphasis(status.Text)]);
                break;
            case AfiStatusBasis.Update:
                line.Add(", as the update says of all its areas.");
                break;
            default:
                if (area.Status is { } text)
                {
                    line.AddRange([", the printed status is not understood: ", new Emphasis(text)]);
                }
                else
                {
                    line.Add(": nothing says.");
                }

                break;
        }

        doc.Paragraph([.. line]);
        if (area.Progress.Count == 0)
        {
            doc.Paragraph("No progress is printed.");
        }
        else
        {
            doc.Definitions(area.Progress.Select(p => (p.Number is { } n ? "Paragraph " + n.ToString(CultureInfo.InvariantCulture) : "Paragraph (no number printed)", p.Text)));
        }

        if (area.Actions.Count > 0)
        {
            doc.Table(
                [new("Linked action"), new("Inspection"), new("Status at " + Wording.ShortDate(updateDate)), new("Status as written")],
                area.Actions.Select(id => register?.Actions.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.OrdinalIgnoreCase)) is { } action
                    ? TableRow.Of(action.Id, action.Inspection, action.IsOpenOn(updateDate) ? "Open" : "Closed " + Wording.ShortDate(action.Closed!.Value), action.StatusText ?? "—")
                    : TableRow.Of(id, "—", register is null ? "— (no register given)" : "— (not in the register)", "—")),
                rowHeaders: true);
        }

        if (area.Deliverables.Count > 0)
        {
            if (plan is null)
            {
                doc.Paragraph("Linked deliverables: " + string.Join(", ", area.Deliverables) + " (no delivery plan given, so no RAG).");
                return;
            }

            var delivery = AfiDelivery.Of(area, plan, judgedAt);
            doc.Table(
                [new("Deliverable"), new("Commitment"), new("RAG reported"), new("RAG expected at " + Wording.ShortDate(judgedAt)), new("Target")],
                delivery.Deliverables.Select(d => d is { Deliverable: { } deliverable, Judgement: { } judgement }
                    ? TableRow.Of(d.Code.ToString(), deliverable.Commitment, RagBadge.For(judgement.ReportedRag), RagBadge.For(judgement.ExpectedRag), judgement.Subject.Target.Text)
                    : TableRow.Of(d.Code.ToString(), "— (not in the plan)", "—", "—", "—")),
                caption: "Deliverables linked to " + area.Id + ": worst RAG reported " + Wording.Rag(delivery.WorstReported) + ", expected " + Wording.Rag(delivery.WorstExpected),
                rowHeaders: true);
        }
    }

    private static string Kind(AreaForImprovement area) => area.Kind == AfiKind.AreaForImprovement ? "Area for improvement" : "Recommendation";

    private static string State(AfiState state) => state switch
    {
        AfiState.Closed => "Closed (met)",
        AfiState.InProgress => "In progress",
        _ => "Not stated",
    };
}
