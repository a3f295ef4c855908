using Nhp.Datasets;
using Nhp.Governance;
using Nhp.Governance.References;
using Nhp.Reporting.Documents;
using Nhp.Text;

namespace Nhp.Reporting.Governance;

/// <summary>
/// The outstanding references report (id <c>outstanding-references</c>): each reference as printed, with its
/// reference and status understood (complete, or in progress with the target date), counts of each, and every check of
/// <see cref="GovernanceRules.References"/>. Pure and thread-safe.
/// </summary>
public sealed class OutstandingReferencesReport : DocumentReport
{
    /// <inheritdoc />
    public override string Id => "outstanding-references";

    /// <inheritdoc />
    public override string Title => "Outstanding references";

    /// <inheritdoc />
    public override Document Build(NhpDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Build(dataset.Governance?.OutstandingReferences, dataset.Name);
    }

    /// <summary>One list on its own as a document, as <c>nhp governance render</c> shows it.</summary>
    /// <param name="list">The list; null gives a document saying there is none.</param>
    /// <param name="name">The force and date; shown in the title.</param>
    /// <returns>The document.</returns>
    public static Document Build(OutstandingReferenceList? list, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var doc = new DocumentBuilder("Outstanding references: " + name);
        if (list is null)
        {
            return doc.Paragraph("This dataset has no list of outstanding references.").Build();
        }

        doc.Subtitle(list.Committee + ", " + Wording.Date(list.AsOf) + ".");
        var complete = list.References.Count(r => r.Status.State == ReferenceState.Complete);
        var inProgress = list.References.Count(r => r.Status.State == ReferenceState.InProgress);
        doc.Paragraph($"{Wording.Count(list.References.Count, "reference", "references")}: {Wording.Number(complete)} complete, {Wording.Number(inProgress)} in progress" +
            (list.References.Count - complete - inProgress is > 0 and var other ? $", {Wording.Number(other)} with a status not understood." : "."));
        doc.Table(
            [new("Reference"), new("Meeting and item"), new("Action"), new("Owner"), new("Status as written"), new("Understood as"), new("Target")],
            list.References.Select(r => TableRow.Of(
                r.Key,
                r.Meeting,
                r.Action,
                r.Owner ?? "— (none named)",
                r.Status.Text,
                r.Status.State switch { ReferenceState.Complete => "Complete", ReferenceState.InProgress => "In progress", _ => "Not understood" },
                r.Status.Target is { } target ? Wording.Date(target) + (r.Status.TargetYearAssumed ? " (\u201c" + r.Status.TargetText + "\u201d; year assumed)" : string.Empty) : r.Status.TargetText ?? "—")),
            rowHeaders: true);
        doc.Heading("Checks").Findings(GovernanceRules.CheckReferences(list), "Every reference has an owner and a status understood, and none is past its target.");
        return doc.Build();
    }
}
