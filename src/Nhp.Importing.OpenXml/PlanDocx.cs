using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Nhp.Delivery;
using Nhp.Findings;

namespace Nhp.Importing.OpenXml;

/// <summary>
/// Imports a delivery plan straight from the table of a Word document (<c>.docx</c>), with no Office installed. The
/// reader only turns the document into rows of cells; <see cref="PlanTable"/> interprets them, so the plan and the
/// findings are those of the text importer <see cref="PlanText"/>. Thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Rows, in document order: each paragraph outside a table is a row of one cell (the title, the RAG key, captions
/// before the table); each table row is a row of its cells. A cell merged across columns (<c>gridSpan</c>) gives its
/// text in its first column and empty cells for the rest; a cell merged down (<c>vMerge</c>) gives its text in its
/// first row only, so the rows below read as continuations; a row of one cell across the whole table (an objective
/// heading) is marked <see cref="PlanTableRow.SpansTable"/>. A cell's paragraphs are its lines; a list paragraph
/// starts with <c>- </c>. The finding's line is the number of the paragraph or table row in the document's body,
/// counting from 1.
/// </para>
/// </remarks>
public static class PlanDocx
{
    private static readonly string[] Forms = ["a Word document (.docx) with the plan's table"];

    /// <summary>Imports a plan from a Word document.</summary>
    /// <param name="path">The file; its name is the source of findings.</param>
    /// <param name="options">Import settings; null for the defaults.</param>
    /// <returns>The plan, each deliverable with its <see cref="Deliverable.Location"/>, and the findings.</returns>
    /// <exception cref="NhpInputException">The file is not a Word document, or its table has no deliverable rows or no as-of period.</exception>
    public static ImportResult<DeliveryPlan> Read(string path, PlanImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Read(stream, path, options);
    }

    /// <summary>Imports a plan from a Word document as a stream.</summary>
    /// <param name="stream">The document; read, left open. A stream that cannot seek is copied to memory first.</param>
    /// <param name="source">The input's name (a file name) for findings; may be null.</param>
    /// <param name="options">Import settings; null for the defaults.</param>
    /// <returns>The plan, each deliverable with its <see cref="Deliverable.Location"/>, and the findings.</returns>
    /// <exception cref="NhpInputException">The stream is not a Word document, or its table has no deliverable rows or no as-of period.</exception>
    public static ImportResult<DeliveryPlan> Read(Stream stream, string? source = null, PlanImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        List<PlanTableRow> rows;
        try
        {
            using var document = WordprocessingDocument.Open(OpenXmlInput.Seekable(stream), false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new NhpInputException("The document has no body: expected a Word document with the plan's table.", new SourceLocation(source, null), null, Forms);
            rows = Rows(body);
        }
        catch (Exception e) when (e is not NhpInputException && OpenXmlInput.IsNotThePackage(e))
        {
            throw new NhpInputException("The file is not a Word document (.docx): it could not be opened as one.", new SourceLocation(source, null), null, Forms);
        }

        return PlanTable.Read(rows, source, options);
    }

    private static List<PlanTableRow> Rows(Body body)
    {
        var rows = new List<PlanTableRow>();
        var number = 0;
        foreach (var element in body.Elements())
        {
            switch (element)
            {
                case Paragraph paragraph:
                    number++;
                    var text = Text(paragraph);
                    if (text.Trim().Length > 0)
                    {
                        rows.Add(new PlanTableRow(number, [text]));
                    }

                    break;
                case Table table:
                    var columns = table.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Count() ?? 0;
                    foreach (var row in table.Elements<TableRow>())
                    {
                        number++;
                        rows.Add(Row(row, number, columns));
                    }

                    break;
            }
        }

        return rows;
    }

    private static PlanTableRow Row(TableRow row, int number, int columns)
    {
        var cells = new List<string>();
        var physical = 0;
        foreach (var cell in row.Elements<TableCell>())
        {
            physical++;
            var properties = cell.TableCellProperties;
            var merge = properties?.VerticalMerge;
            var continued = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
            cells.Add(continued ? string.Empty : CellText(cell));
            var span = properties?.GridSpan?.Val?.Value ?? 1;
            for (var i = 1; i < span; i++)
            {
                cells.Add(string.Empty);
            }
        }

        var spans = physical == 1 && cells.Count > 1 && cells.Count >= columns;
        return new PlanTableRow(number, cells) { SpansTable = spans };
    }

    private static string CellText(TableCell cell)
    {
        var lines = new List<string>();
        foreach (var paragraph in cell.Elements<Paragraph>())
        {
            var text = Text(paragraph).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            var listed = paragraph.ParagraphProperties?.NumberingProperties is not null
                || (style is not null && style.Contains("List", StringComparison.OrdinalIgnoreCase));
            lines.Add(listed ? "- " + text : text);
        }

        return string.Join("\n", lines);
    }

    private static string Text(OpenXmlElement paragraph)
    {
        var builder = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar:
                    builder.Append(' ');
                    break;
                case Break:
                    builder.Append(' ');
                    break;
            }
        }

        return builder.ToString();
    }
}
