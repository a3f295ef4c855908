using Nhp.Datasets;
using Nhp.Findings;

namespace Nhp.Reporting.Documents;

/// <summary>
/// Builds a <see cref="Document"/> block by block, in reading order. Strings convert to plain-text inlines and cells,
/// so most calls read like the report: <c>builder.Heading("Compliance").Paragraph("…").Table(…)</c>.
/// </summary>
/// <remarks>Not thread-safe; <see cref="Build"/> returns an immutable document and the builder can go on.</remarks>
public sealed class DocumentBuilder
{
    private readonly List<Block> blocks = [];
    private readonly string title;
    private IReadOnlyList<Inline> subtitle = [];

    /// <summary>Starts a document.</summary>
    /// <param name="title">The document's title.</param>
    public DocumentBuilder(string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        this.title = title;
    }

    /// <summary>Sets the line under the title.</summary>
    /// <param name="content">The line's inlines.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Subtitle(params Inline[] content)
    {
        subtitle = content;
        return this;
    }

    /// <summary>Adds a section heading (level 2).</summary>
    /// <param name="content">The heading's inlines.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Heading(params Inline[] content) => Add(new Heading(2, content));

    /// <summary>Adds a subsection heading (level 3).</summary>
    /// <param name="content">The heading's inlines.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Subheading(params Inline[] content) => Add(new Heading(3, content));

    /// <summary>Adds a heading at <paramref name="level"/> (2 to 6).</summary>
    /// <param name="level">The level.</param>
    /// <param name="content">The heading's inlines.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Heading(int level, params Inline[] content) => Add(new Heading(level, content));

    /// <summary>Adds a paragraph.</summary>
    /// <param name="content">The paragraph's inlines.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Paragraph(params Inline[] content) => Add(new Paragraph(content));

    /// <summary>Adds a note set apart from the text.</summary>
    /// <param name="content">The note's inlines.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Note(params Inline[] content) => Add(new Note(content));

    /// <summary>Adds a bulleted list of plain-text items.</summary>
    /// <param name="items">The items.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Bullets(IEnumerable<string> items) => Add(new BulletList([.. items.Select(i => (IReadOnlyList<Inline>)[new TextRun(i)])]));

    /// <summary>Adds a bulleted list whose items are runs of inlines.</summary>
    /// <param name="items">The items.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Bullets(IEnumerable<IReadOnlyList<Inline>> items) => Add(new BulletList([.. items]));

    /// <summary>Adds a list whose items may hold lists of their own (see <see cref="NestedList"/>).</summary>
    /// <param name="items">The top-level items.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder NestedList(IEnumerable<NestedListItem> items) => Add(new Documents.NestedList([.. items]));

    /// <summary>Adds a definition list of plain-text terms and descriptions.</summary>
    /// <param name="definitions">The terms and descriptions, in order.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Definitions(IEnumerable<(string Term, string Description)> definitions) =>
        Add(new DefinitionList([.. definitions.Select(d => new Definition([new TextRun(d.Term)], [new TextRun(d.Description)]))]));

    /// <summary>Adds a definition list.</summary>
    /// <param name="definitions">The definitions, in order.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Definitions(IEnumerable<Definition> definitions) => Add(new DefinitionList([.. definitions]));

    /// <summary>Adds a table.</summary>
    /// <param name="columns">The columns.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="totals">A totals row, or null.</param>
    /// <param name="caption">A caption, or null.</param>
    /// <param name="rowHeaders">Whether each row's first cell names the row.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Table(IReadOnlyList<TableColumn> columns, IEnumerable<TableRow> rows, TableRow? totals = null, string? caption = null, bool rowHeaders = false) =>
        Add(new Table(columns, [.. rows], totals, caption, rowHeaders));

    /// <summary>Adds a list of findings, each with its severity and rule id.</summary>
    /// <param name="findings">The findings.</param>
    /// <param name="whenEmpty">What to write when there are none, or null for nothing.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Findings(IEnumerable<Finding> findings, string? whenEmpty = null) => Add(new FindingList([.. findings], whenEmpty));

    /// <summary>Adds a figure.</summary>
    /// <param name="title">A short title.</param>
    /// <param name="description">What the chart shows, in words.</param>
    /// <param name="svg">The chart as one svg element.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Figure(string title, string description, string svg) => Add(new Figure(title, description, svg));

    /// <summary>Adds the list of source documents.</summary>
    /// <param name="sources">The sources.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Sources(IEnumerable<SourceDocument> sources) => Add(new SourceList([.. sources]));

    /// <summary>Adds any block.</summary>
    /// <param name="block">The block.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Add(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        blocks.Add(block);
        return this;
    }

    /// <summary>The document built so far.</summary>
    /// <returns>An immutable document.</returns>
    public Document Build() => new(title, subtitle, [.. blocks]);
}
