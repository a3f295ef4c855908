using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Nhp.Findings;
using Nhp.Reporting.Documents;
using Nhp.Reporting.Rendering;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using SvgBlip = DocumentFormat.OpenXml.Office2019.Drawing.SVG.SVGBlip;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WTableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using WTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;
using Emphasis = Nhp.Reporting.Documents.Emphasis;

namespace Nhp.Reporting.Word;

// Turns the blocks of one document into the body of a Word document. One case per block and per inline, as in the
// other renderers; the relationship ids of links and images are numbered in document order, so output is stable.
internal sealed class WordBody
{
    private const string SvgExtensionUri = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";
    private const long EmuPerPixel = 9525;
    private const string HeaderFill = "F3F2F1";

    private readonly MainDocumentPart main;
    private readonly RagPalette palette;
    private int links;
    private int figures;

    public WordBody(MainDocumentPart main, RagPalette palette)
    {
        this.main = main;
        this.palette = palette;
    }

    public IEnumerable<OpenXmlElement> Document(Nhp.Reporting.Documents.Document document)
    {
        yield return StyledParagraph(WordStyles.Heading(1), Runs([new TextRun(document.Title)]));
        if (document.Subtitle.Count > 0)
        {
            yield return StyledParagraph(WordStyles.Normal, Runs(document.Subtitle));
        }

        foreach (var block in document.Blocks)
        {
            foreach (var element in Block(block))
            {
                yield return element;
            }
        }
    }

    private IEnumerable<OpenXmlElement> Block(Block block)
    {
        switch (block)
        {
            case Heading h:
                yield return StyledParagraph(WordStyles.Heading(h.Level), Runs(h.Content));
                break;
            case Nhp.Reporting.Documents.Paragraph p:
                yield return StyledParagraph(WordStyles.Normal, Runs(p.Content));
                break;
            case Note n:
                yield return StyledParagraph(WordStyles.Note, Runs(n.Content));
                break;
            case BulletList b:
                foreach (var item in b.Items)
                {
                    yield return StyledParagraph(WordStyles.ListBullet, Runs(item));
                }

                break;
            case NestedList n:
                foreach (var paragraph in NestedItems(n.Items, 0))
                {
                    yield return paragraph;
                }

                break;
            case DefinitionList d:
                foreach (var definition in d.Definitions)
                {
                    var term = new Run(new RunProperties(new Bold()), PlainText(string.Concat(definition.Term.Select(t => t.PlainText)) + ": "));
                    yield return StyledParagraph(WordStyles.Normal, [term, .. Runs(definition.Description)]);
                }

                break;
            case Nhp.Reporting.Documents.Table t:
                if (t.Caption is not null)
                {
                    yield return StyledParagraph(WordStyles.Caption, Runs([new TextRun(t.Caption)]));
                }

                yield return Table(t);

                // Two tables in a row would merge into one in Word; an empty paragraph keeps them apart.
                yield return StyledParagraph(WordStyles.Normal, []);
                break;
            case FindingList f:
                foreach (var element in Findings(f))
                {
                    yield return element;
                }

                break;
            case Figure f:
                foreach (var element in Figure(f))
                {
                    yield return element;
                }

                break;
            case SourceList s:
                foreach (var source in s.Sources)
                {
                    yield return StyledParagraph(WordStyles.ListBullet, Runs([new Emphasis(source.Title), new TextRun(", " + SourceText.Details(source))]));
                }

                break;
            case Contents c:
                foreach (var element in ContentsField(c))
                {
                    yield return element;
                }

                break;
            case PageBreak:
                yield return new WParagraph(new Run(new Break { Type = BreakValues.Page }));
                break;
            default:
                throw new NotSupportedException($"The Word renderer has no rule for {block.GetType().Name}.");
        }
    }

    // A real table of contents: the TOC field over heading levels 1 to n, holding the entries as its last result, so the
    // contents show as they are and Word rebuilds them from the headings when the field is updated.
    private static IEnumerable<OpenXmlElement> ContentsField(Contents c)
    {
        yield return StyledParagraph(WordStyles.ContentsTitle, [TextRunOf(c.Title, null)]);
        var begin = new Run(new FieldChar { FieldCharType = FieldCharValues.Begin });
        var instruction = new Run(new FieldCode(" TOC \\o \"1-" + c.Levels.ToString(CultureInfo.InvariantCulture) + "\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve });
        var separate = new Run(new FieldChar { FieldCharType = FieldCharValues.Separate });
        var end = new Run(new FieldChar { FieldCharType = FieldCharValues.End });
        if (c.Entries.Count == 0)
        {
            yield return new WParagraph(begin, instruction, separate, TextRunOf("Update the field to list the headings.", null), end);
            yield break;
        }

        for (var i = 0; i < c.Entries.Count; i++)
        {
            var entry = c.Entries[i];
            var paragraph = new WParagraph(new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.ContentsEntry(Math.Clamp(entry.Level, 1, 6)) }));
            if (i == 0)
            {
                paragraph.Append(begin, instruction, separate);
            }

            paragraph.Append(TextRunOf(entry.Text, null));
            if (entry.Page is { } page)
            {
                paragraph.Append(new Run(new TabChar()), TextRunOf(page.ToString(CultureInfo.InvariantCulture), null));
            }

            if (i == c.Entries.Count - 1)
            {
                paragraph.Append(end);
            }

            yield return paragraph;
        }
    }

    private IEnumerable<OpenXmlElement> Findings(FindingList f)
    {
        if (f.Findings.Count == 0)
        {
            if (f.WhenEmpty is not null)
            {
                yield return StyledParagraph(WordStyles.Normal, Runs([new TextRun(f.WhenEmpty)]));
            }

            yield break;
        }

        foreach (var finding in f.Findings)
        {
            yield return StyledParagraph(WordStyles.ListBullet, Runs(
            [
                new Strong(finding.Severity.ToText()),
                new TextRun(" "),
                new Code(finding.RuleId),
                new TextRun(" " + finding.Subject + ": " + finding.Message),
            ]));
        }
    }

    private WTable Table(Nhp.Reporting.Documents.Table t)
    {
        var grid = new TableGrid();
        var width = WordLayout.TextWidthTwips / t.Columns.Count;
        foreach (var unused in t.Columns)
        {
            grid.Append(new GridColumn { Width = width.ToString(CultureInfo.InvariantCulture) });
        }

        var table = new WTable(
            new TableProperties(
                new TableStyle { Val = WordStyles.TableGrid },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLook { Val = "04A0", FirstRow = true, LastRow = t.Totals is not null, FirstColumn = t.RowHeaders, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true }),
            grid);

        // The header row repeats at the top of every page the table runs onto (w:tblHeader).
        var header = new WTableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        for (var i = 0; i < t.Columns.Count; i++)
        {
            var column = t.Columns[i];
            header.Append(Cell([new Strong(column.Header)], column.Alignment, HeaderFill));
        }

        table.Append(header);
        foreach (var row in t.Rows)
        {
            table.Append(Row(t, row, totals: false));
        }

        if (t.Totals is { } totalsRow)
        {
            table.Append(Row(t, totalsRow, totals: true));
        }

        return table;
    }

    private WTableRow Row(Nhp.Reporting.Documents.Table t, Nhp.Reporting.Documents.TableRow row, bool totals)
    {
        var result = new WTableRow(new TableRowProperties(new CantSplit()));
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var content = row.Cells[i].Content;
            var bold = totals || (i == 0 && t.RowHeaders);

            // A cell that shows a RAG status is shaded in the scheme's colour; the word stays in the cell.
            var rag = content.OfType<RagBadge>().Select(b => palette.Find(b.Level)).FirstOrDefault(c => c is not null);
            result.Append(Cell(bold ? content.Select(Bolden).ToArray() : content, t.Columns[i].Alignment, rag?.Background.ToString()[1..].ToUpperInvariant()));
        }

        return result;
    }

    private static Inline Bolden(Inline inline) => inline switch
    {
        TextRun r => new Strong(r.Text),
        Emphasis e => new Strong(e.Text),
        _ => inline,
    };

    private WTableCell Cell(IReadOnlyList<Inline> content, ColumnAlignment alignment, string? fill)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = "0", Type = TableWidthUnitValues.Auto });
        if (fill is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        }

        var paragraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.TableText });
        if (alignment == ColumnAlignment.Numeric)
        {
            paragraphProperties.Append(new Justification { Val = JustificationValues.Right });
        }

        var paragraph = new WParagraph(paragraphProperties);
        paragraph.Append(Runs(content));
        return new WTableCell(properties, paragraph);
    }

    private IEnumerable<OpenXmlElement> Figure(Figure f)
    {
        figures++;
        var number = figures.ToString(CultureInfo.InvariantCulture);
        var svgId = "rIdFigure" + number + "Svg";
        var pngId = "rIdFigure" + number + "Png";
        var (width, height) = SvgSize.Of(f.Svg);
        var cx = (long)Math.Round(width * EmuPerPixel);
        var cy = (long)Math.Round(height * EmuPerPixel);
        if (cx > WordLayout.TextWidthEmu)
        {
            cy = cy * WordLayout.TextWidthEmu / cx;
            cx = WordLayout.TextWidthEmu;
        }

        var svgPart = main.AddImagePart(ImagePartType.Svg, svgId);
        using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(f.Svg)))
        {
            svgPart.FeedData(stream);
        }

        var pngPart = main.AddImagePart(ImagePartType.Png, pngId);
        using (var stream = new MemoryStream(PngPlaceholder.Create((int)Math.Round(width / 2), (int)Math.Round(height / 2))))
        {
            pngPart.FeedData(stream);
        }

        var blip = new A.Blip(new A.BlipExtensionList(new A.BlipExtension(new SvgBlip { Embed = svgId }) { Uri = SvgExtensionUri })) { Embed = pngId };
        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(
                new PIC.NonVisualDrawingProperties { Id = 0U, Name = "figure-" + number + ".svg", Description = f.Description },
                new PIC.NonVisualPictureDrawingProperties()),
            new PIC.BlipFill(blip, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = (uint)figures, Name = "Figure " + number, Description = f.Title + ". " + f.Description },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };

        yield return new WParagraph(new ParagraphProperties(new KeepNext()), new Run(new Drawing(inline)));
        yield return StyledParagraph(WordStyles.Caption, Runs([new Strong("Figure " + number + ": " + f.Title + ". "), new TextRun(f.Description)]));
    }

    // A list bullet per item, each level indented a further quarter inch (360 twentieths of a point) under its parent.
    private IEnumerable<WParagraph> NestedItems(IReadOnlyList<NestedListItem> items, int level)
    {
        foreach (var item in items)
        {
            var paragraph = StyledParagraph(WordStyles.ListBullet, Runs(item.Content));
            if (level > 0)
            {
                paragraph.ParagraphProperties!.Append(new Indentation { Left = (360 * (level + 1)).ToString(CultureInfo.InvariantCulture), Hanging = "360" });
            }

            yield return paragraph;
            foreach (var child in NestedItems(item.Children, level + 1))
            {
                yield return child;
            }
        }
    }

    private static WParagraph StyledParagraph(string style, IEnumerable<OpenXmlElement> runs)
    {
        var paragraph = new WParagraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(runs);
        return paragraph;
    }

    private List<OpenXmlElement> Runs(IReadOnlyList<Inline> inlines)
    {
        var runs = new List<OpenXmlElement>();
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun r:
                    runs.Add(TextRunOf(r.Text, null));
                    break;
                case Strong s:
                    runs.Add(TextRunOf(s.Text, new RunProperties(new Bold())));
                    break;
                case Emphasis e:
                    runs.Add(TextRunOf(e.Text, new RunProperties(new Italic())));
                    break;
                case Code c:
                    runs.Add(TextRunOf(c.Text, new RunProperties(new RunStyle { Val = WordStyles.CodeChar })));
                    break;
                case Link l:
                    runs.Add(LinkOf(l));
                    break;
                case RagBadge b:
                    var properties = new RunProperties(new Bold());
                    if (palette.Find(b.Level) is { } colours)
                    {
                        properties.Append(new Color { Val = Hex(colours.Text) });
                        properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Hex(colours.Background) });
                    }

                    runs.Add(TextRunOf(b.Text, properties));
                    break;
                default:
                    throw new NotSupportedException($"The Word renderer has no rule for {inline.GetType().Name}.");
            }
        }

        return runs;
    }

    private OpenXmlElement LinkOf(Link link)
    {
        var run = TextRunOf(link.Text, new RunProperties(new RunStyle { Val = WordStyles.HyperlinkChar }));
        if (link.Target.StartsWith('#'))
        {
            return run;
        }

        links++;
        var id = "rIdLink" + links.ToString(CultureInfo.InvariantCulture);
        main.AddHyperlinkRelationship(new Uri(link.Target, UriKind.Absolute), true, id);
        return new Hyperlink(run) { Id = id, History = true };
    }

    private static string Hex(RagColour colour) => colour.ToString()[1..].ToUpperInvariant();

    // A line break in the text is a Word line break, never a new paragraph.
    private static Run TextRunOf(string text, RunProperties? properties)
    {
        var run = properties is null ? new Run() : new Run(properties);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(PlainText(lines[i]));
        }

        return run;
    }

    private static WText PlainText(string text) => new(WordText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve };
}
