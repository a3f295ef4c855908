using System.Globalization;
using System.Text;
using Nhp.Datasets;
using Nhp.Delivery;
using Nhp.Rag;
using Nhp.Reporting.Text;

namespace Nhp.Reporting.Rag;

/// <summary>
/// "What changed since the last paper": the deliverables added, removed, re-rated or re-targeted between two status
/// updates of a delivery plan, with the direction of each RAG move, in Markdown or HTML. Pure: the same input gives
/// byte-identical output.
/// </summary>
public sealed class WhatChangedReport : IReport
{
    /// <inheritdoc />
    public string Id => "what-changed";

    /// <inheritdoc />
    public string Title => "What changed since the last paper";

    /// <inheritdoc />
    public IReadOnlyList<ReportFormat> Formats { get; } = [ReportFormat.Markdown, ReportFormat.Html];

    /// <summary>
    /// Renders the changes between the two latest status updates of the dataset's delivery plan; with fewer than two
    /// updates the report says there is nothing to compare yet.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="format">Markdown or HTML.</param>
    /// <param name="writer">Where to write.</param>
    public void Render(NhpDataset dataset, ReportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(writer);
        this.EnsureSupports(format);
        writer.Write(RenderDataset(dataset, format));
    }

    /// <summary>Renders the changes from one status update (paper) to another.</summary>
    /// <param name="older">The earlier paper's deliverables.</param>
    /// <param name="olderName">The earlier paper's name, e.g. <c>January 2024</c>.</param>
    /// <param name="newer">The later paper's deliverables.</param>
    /// <param name="newerName">The later paper's name.</param>
    /// <param name="format">Markdown or HTML.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentException">The format is not Markdown or HTML, or a code appears twice in one paper.</exception>
    public void Render(IEnumerable<RagSubject> older, string olderName, IEnumerable<RagSubject> newer, string newerName, ReportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        ArgumentException.ThrowIfNullOrWhiteSpace(olderName);
        ArgumentException.ThrowIfNullOrWhiteSpace(newerName);
        ArgumentNullException.ThrowIfNull(writer);
        this.EnsureSupports(format);
        var changes = RagChanges.Between(older, newer);
        writer.Write(format == ReportFormat.Html ? Html(olderName, newerName, changes) : Markdown(olderName, newerName, changes));
    }

    private string RenderDataset(NhpDataset dataset, ReportFormat format)
    {
        var months = dataset.DeliveryPlan?.Deliverables.SelectMany(d => d.Updates).Select(u => u.AsOf).Distinct().Order().ToArray() ?? [];
        if (months.Length >= 2)
        {
            var plan = dataset.DeliveryPlan!;
            var (from, to) = (months[^2], months[^1]);
            var changes = RagChanges.Between(plan, from, to);
            var (olderName, newerName) = (RagMarkup.Month(from), RagMarkup.Month(to));
            return format == ReportFormat.Html ? Html(olderName, newerName, changes) : Markdown(olderName, newerName, changes);
        }

        var text = months.Length == 1
            ? $"The dataset holds only one status update of the delivery plan ({RagMarkup.Month(months[0])}), so there is no earlier paper to compare with."
            : "The dataset holds no status update of a delivery plan, so there is nothing to compare.";
        return format == ReportFormat.Html
            ? Text.Html.Page(Title, $"<h1>{Text.Html.Escape(Title)}</h1>\n<p>{Text.Html.Escape(text)}</p>\n")
            : $"# {Text.Markdown.Text(Title)}\n\n{Text.Markdown.Text(text)}\n";
    }

    private static string Summary(IReadOnlyList<RagChange> changes)
    {
        if (changes.Count == 0)
        {
            return "No deliverable was added, removed, re-rated or given a new target.";
        }

        int Count(Func<RagChange, bool> p) => changes.Count(p);
        var parts = new List<string>
        {
            Plural(Count(c => c.IsRerated), "deliverable re-rated", "deliverables re-rated")
                + string.Create(CultureInfo.InvariantCulture, $" ({Count(c => c.Move == RagMove.Better)} better, {Count(c => c.Move == RagMove.Worse)} worse)"),
            Plural(Count(c => c.IsTargetChanged), "target changed", "targets changed"),
            Plural(Count(c => c.Kind == RagChangeKind.Added), "new deliverable", "new deliverables"),
            Plural(Count(c => c.Kind == RagChangeKind.Removed), "deliverable no longer reported", "deliverables no longer reported"),
        };
        return string.Join("; ", parts) + ".";
    }

    private static string Plural(int n, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");

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

    private static string Markdown(string olderName, string newerName, IReadOnlyList<RagChange> changes)
    {
        var md = new StringBuilder();
        md.Append("# What changed since the last paper\n\n");
        md.Append("Comparing the status update of ").Append(Text.Markdown.Text(olderName)).Append(" with that of ").Append(Text.Markdown.Text(newerName)).Append(".\n\n");
        md.Append(Summary(changes)).Append("\n\n");
        if (changes.Count == 0)
        {
            return md.ToString();
        }

        md.Append("| Deliverable | Change | RAG was | RAG now | Target was | Target now |\n");
        md.Append("| --- | --- | --- | --- | --- | --- |\n");
        foreach (var c in changes)
        {
            md.Append("| ").Append(c.Code.ToString())
                .Append(" | ").Append(Move(c))
                .Append(" | ").Append(c.Before is null ? "—" : RagMarkup.Word(c.Before.Reported))
                .Append(" | ").Append(c.After is null ? "—" : RagMarkup.Word(c.After.Reported))
                .Append(" | ").Append(c.Before is null ? "—" : Text.Markdown.Cell(c.Before.Target.Text))
                .Append(" | ").Append(c.After is null ? "—" : Text.Markdown.Cell(c.After.Target.Text))
                .Append(" |\n");
        }

        md.Append("\n## In words\n\n");
        foreach (var c in changes)
        {
            md.Append("- ").Append(Text.Markdown.Text(c.Description)).Append('\n');
        }

        return md.ToString();
    }

    private static string Html(string olderName, string newerName, IReadOnlyList<RagChange> changes)
    {
        var body = new StringBuilder();
        body.Append("<h1>What changed since the last paper</h1>\n");
        body.Append("<p class=\"meta\">Comparing the status update of ").Append(Text.Html.Escape(olderName)).Append(" with that of ").Append(Text.Html.Escape(newerName)).Append(".</p>\n");
        body.Append("<p>").Append(Text.Html.Escape(Summary(changes))).Append("</p>\n");
        if (changes.Count > 0)
        {
            body.Append("<table>\n<thead><tr><th scope=\"col\">Deliverable</th><th scope=\"col\">Change</th><th scope=\"col\">RAG was</th><th scope=\"col\">RAG now</th><th scope=\"col\">Target was</th><th scope=\"col\">Target now</th></tr></thead>\n<tbody>\n");
            foreach (var c in changes)
            {
                body.Append("<tr><th scope=\"row\">").Append(Text.Html.Escape(c.Code.ToString()))
                    .Append("</th><td>").Append(Text.Html.Escape(Move(c)))
                    .Append("</td><td>").Append(c.Before is null ? "—" : RagMarkup.Badge(c.Before.Reported))
                    .Append("</td><td>").Append(c.After is null ? "—" : RagMarkup.Badge(c.After.Reported))
                    .Append("</td><td>").Append(c.Before is null ? "—" : Text.Html.Escape(c.Before.Target.Text))
                    .Append("</td><td>").Append(c.After is null ? "—" : Text.Html.Escape(c.After.Target.Text))
                    .Append("</td></tr>\n");
            }

            body.Append("</tbody>\n</table>\n<h2>In words</h2>\n<ul>\n");
            foreach (var c in changes)
            {
                body.Append("<li>").Append(Text.Html.Escape(c.Description)).Append("</li>\n");
            }

            body.Append("</ul>\n");
        }

        return Text.Html.Page($"What changed: {olderName} to {newerName}", body.ToString());
    }
}
