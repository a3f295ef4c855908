using Nhp.Datasets;
using Nhp.Findings;
using Nhp.Reporting.Documents;
using NodaTime;

namespace Nhp.Reporting.Tests.Rendering;

// A document that uses every block and inline once, with text that would be markup if it were not escaped.
internal static class SampleDocuments
{
    public const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\" role=\"img\"><title>Dot</title><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>";

    public static Document Everything() => new DocumentBuilder("Every block <and> inline")
        .Subtitle("Force A | ", new Strong("22 February 2024"))
        .Heading("Text")
        .Paragraph("Plain *not emphasis* and ", new Strong("strong"), ", ", new Emphasis("emphasis"), ", ", new Code("rule.id"), ", ", new Link("a link", "https://example.org/a b"), " and ", new RagBadge("AMBER"), ".")
        .Note("A note: 3 < 4 & 5 > 4.")
        .Bullets(["first", "second with _underscores_"])
        .NestedList([new NestedListItem([new Strong("Command"), new TextRun(" <lead>")], [new NestedListItem("Sector *one*"), new NestedListItem([new TextRun("Hub")], [new NestedListItem("Team # 1")])]), new NestedListItem("Alone")])
        .Definitions([("As at", "1 April 2024"), ("Method", "Wilson, 95%")])
        .Subheading("A table")
        .Table(
            [new TableColumn("Category"), TableColumn.Numeric("Disclosed"), TableColumn.Numeric("Recorded"), new TableColumn("Status")],
            [
                TableRow.Of("Violence", "49", "40", new RagBadge("GREEN")),
                TableRow.Of("Line one\nline two", "85", "81", new RagBadge("Amber/Red", "↓ Amber/Red")),
            ],
            totals: TableRow.Of("Total", "134", "121", TableCell.Empty),
            caption: "Compliance by category",
            rowHeaders: true)
        .Heading("Findings")
        .Findings([new Finding("rag.deadline.missed", Severity.Error, "3.6", "rag", "Deadline missed (as at 1 April 2024): it is late.")])
        .Findings([], whenEmpty: "No findings.")
        .Figure("A dot", "One dot in the middle.", Svg)
        .Heading("Sources")
        .Sources([new SourceDocument("Q3 Performance", "Committee", new LocalDate(2024, 2, 22), "Pol 20-24")])
        .Add(new Contents("Contents <of> *this*", 2, [new ContentsEntry(1, "Every block <and> inline", 1), new ContentsEntry(2, "Text & _more_", null)]))
        .Build();
}
