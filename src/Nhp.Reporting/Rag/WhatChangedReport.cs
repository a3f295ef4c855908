using Nhp.Datasets;
using Nhp.Delivery;
using Nhp.Rag;
using Nhp.Reporting.Documents;
using Nhp.Reporting.Rendering;
using Nhp.Text;

namespace Nhp.Reporting.Rag;

/// <summary>
/// "What changed since the last paper" (id <c>what-changed</c>): the deliverables added, removed, re-rated or
/// re-targeted between two status updates of a delivery plan, with the direction of each RAG move, in Markdown,
/// HTML or plain text. Pure: the same input gives byte-identical output.
/// </summary>
public sealed class WhatChangedReport : DocumentReport
{
    private const string None = "—";

    /// <inheritdoc />
    public override string Id => "what-changed";

    /// <inheritdoc />
    public override string Title => "What changed since the last paper";

    /// <summary>
    /// The changes between the two latest status updates of the dataset's delivery plan; with fewer than two updates
    /// the document says there is nothing to compare yet.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The document.</returns>
    public override Document Build(NhpDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var months = dataset.DeliveryPlan?.UpdateMonths ?? [];
        if (months.Count >= 2)
        {
            var (from, to) = (months[^2], months[^1]);
            return Build(Wording.Month(from), Wording.Month(to), RagChanges.Between(dataset.DeliveryPlan!, from, to));
        }

        var text = months.Count == 1
            ? $"The dataset holds only one status update of the delivery plan ({Wording.Month(months[0])}), so there is no earlier paper to compare with."
            : "The dataset holds no status update of a delivery plan, so there is nothing to compare.";
        return new DocumentBuilder(Title).Paragraph(text).Build();
    }

    /// <summary>The changes from one status update (paper) to another, as a document.</summary>
    /// <param name="older">The earlier paper's deliverables.</param>
    /// <param name="olderName">The earlier paper's name, e.g. <c>January 2024</c>.</param>
    /// <param name="newer">The later paper's deliverables.</param>
    /// <param name="newerName">The later paper's name.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentException">A code appears twice in one paper, or a name is blank.</exception>
    public Document Build(IEnumerable<RagSubject> older, string olderName, IEnumerable<RagSubject> newer, string newerName)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        ArgumentException.ThrowIfNullOrWhiteSpace(olderName);
        ArgumentException.ThrowIfNullOrWhiteSpace(newerName);
        return Build(olderName, newerName, RagChanges.Between(older, newer));
    }

    /// <summary>Renders the changes from one status update (paper) to another.</summary>
    /// <param name="older">The earlier paper's deliverables.</param>
    /// <param name="olderName">The earlier paper's name, e.g. <c>January 2024</c>.</param>
    /// <param name="newer">The later paper's deliverables.</param>
    /// <param name="newerName">The later paper's name.</param>
    /// <param name="format">Markdown, HTML or plain text.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentException">A code appears twice in one paper, or a name is blank.</exception>
    /// <exception cref="NotSupportedException">The format is not a document format.</exception>
    public void Render(IEnumerable<RagSubject> older, string olderName, IEnumerable<RagSubject> newer, string newerName, ReportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        this.EnsureSupports(format);
        DocumentRenderer.For(format).Render(Build(older, olderName, newer, newerName), writer);
    }

    private Document Build(string olderName, string newerName, IReadOnlyList<RagChange> changes)
    {
        var doc = new DocumentBuilder(Title)
            .Subtitle($"Comparing the status update of {olderName} with that of {newerName}.")
            .Paragraph(Summary(changes));
        if (changes.Count == 0)
        {
            return doc.Build();
        }

        return doc
            .Table(
                [new("Deliverable"), new("Change"), new("RAG was"), new("RAG now"), new("Target was"), new("Target now")],
                changes.Select(c => TableRow.Of(
                    c.Code.ToString(),
                    Move(c),
                    c.Before is null ? None : RagBadge.For(c.Before.Reported),
                    c.After is null ? None : RagBadge.For(c.After.Reported),
                    c.Before is null ? None : c.Before.Target.Text,
                    c.After is null ? None : c.After.Target.Text)),
                rowHeaders: true)
            .Heading("In words")
            .Bullets(changes.Select(c => c.Description))
            .Build();
    }

    private static string Summary(IReadOnlyList<RagChange> changes)
    {
        if (changes.Count == 0)
        {
            return "No deliverable was added, removed, re-rated or given a new target.";
        }

        int Count(Func<RagChange, bool> p) => changes.Count(p);
        string[] parts =
        [
            Wording.Count(Count(c => c.IsRerated), "deliverable re-rated", "deliverables re-rated")
                + $" ({Wording.Number(Count(c => c.Move == RagMove.Better))} better, {Wording.Number(Count(c => c.Move == RagMove.Worse))} worse)",
            Wording.Count(Count(c => c.IsTargetChanged), "target changed", "targets changed"),
            Wording.Count(Count(c => c.Kind == RagChangeKind.Added), "new deliverable", "new deliverables"),
            Wording.Count(Count(c => c.Kind == RagChangeKind.Removed), "deliverable no longer reported", "deliverables no longer reported"),
        ];
        return string.Join("; ", parts) + ".";
    }

    private static string Move(RagChange change) => change.Kind switch
    {
        RagChangeKind.Added => "New",
        RagChangeKind.Removed => "Removed",
        _ => change.Move switch
        {
            RagMove.Better => "Better",
            RagMove.Worse => "Worse",
            RagMove.Rated => "Now rated",
            RagMove.NoLongerRated => "No longer rated",
            _ => "Same RAG",
        },
    };
}
