using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Nhp.Reporting.Rendering;
using NodaTime;
using NodaTime.Text;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Nhp.Reporting.Word;

/// <summary>
/// Writes a report <see cref="Documents.Document"/> as a Word document (<c>.docx</c>): the title and headings in Word's
/// own Heading 1 to Heading 6 styles (so the navigation pane and a table of contents see them), tables whose header
/// row repeats on every page, RAG statuses shaded in the palette's colours with the word written too, figures as SVG
/// with a PNG stand-in for readers that cannot draw SVG, "Page n of m" in the footer, and the title, author, subject
/// and date as document properties. Pure: the same document, palette and properties give byte-identical output.
/// Thread-safe: a renderer holds no state between calls.
/// </summary>
public sealed class WordRenderer
{
    private const string CoreNamespace = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string DcNamespace = "http://purl.org/dc/elements/1.1/";
    private const string DcTermsNamespace = "http://purl.org/dc/terms/";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Creates a renderer.</summary>
    /// <param name="palette">The RAG colours; <see cref="RagPalette.Default"/> when none is given.</param>
    public WordRenderer(RagPalette? palette = null)
    {
        Palette = palette ?? RagPalette.Default;
    }

    /// <summary>A renderer with the default RAG palette.</summary>
    public static WordRenderer Default { get; } = new();

    /// <summary>The RAG colours cells and badges are shaded with.</summary>
    public RagPalette Palette { get; }

    /// <summary>Writes the document as <c>.docx</c> to a stream.</summary>
    /// <param name="document">The document.</param>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <param name="properties">Author, subject and date; none for <see cref="WordProperties.None"/>.</param>
    public void Render(Documents.Document document, Stream stream, WordProperties? properties = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(stream);
        properties ??= WordProperties.None;
        using var package = new MemoryStream();
        using (var word = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document, autoSave: true))
        {
            // Every part gets a fixed relationship id: the SDK would otherwise make random ones.
            var main = word.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = WordStyles.Build();
            main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = WordNumbering.Build();
            main.AddNewPart<FooterPart>("rIdFooter").Footer = Footer();

            var body = new Body();
            body.Append(new WordBody(main, Palette).Document(document));
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
                new PageSize { Width = WordLayout.PageWidthTwips, Height = WordLayout.PageHeightTwips },
                new PageMargin
                {
                    Top = WordLayout.MarginTwips,
                    Right = WordLayout.MarginTwips,
                    Bottom = WordLayout.MarginTwips,
                    Left = WordLayout.MarginTwips,
                    Header = WordLayout.HeaderFooterTwips,
                    Footer = WordLayout.HeaderFooterTwips,
                    Gutter = 0,
                }));
            main.Document = new Document(body);

            var core = word.AddNewPart<CoreFilePropertiesPart>("rIdCore");
            using var coreStream = new MemoryStream(CoreProperties(document.Title, properties));
            core.FeedData(coreStream);
        }

        StableZip.Copy(package, stream, properties.Date ?? WordProperties.DefaultDate);
    }

    /// <summary>Writes the document as <c>.docx</c> and returns its bytes.</summary>
    /// <param name="document">The document.</param>
    /// <param name="properties">Author, subject and date; none for <see cref="WordProperties.None"/>.</param>
    /// <returns>The bytes of the <c>.docx</c> file.</returns>
    public byte[] RenderToBytes(Documents.Document document, WordProperties? properties = null)
    {
        using var stream = new MemoryStream();
        Render(document, stream, properties);
        return stream.ToArray();
    }

    private static Footer Footer() => new(
        new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Footer }),
            new Run(new WText("Page ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new WText("1"))) { Instruction = " PAGE " },
            new Run(new WText(" of ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new WText("1"))) { Instruction = " NUMPAGES " }));

    private static byte[] CoreProperties(string title, WordProperties properties)
    {
        var when = InstantPattern.General.Format((properties.Date ?? WordProperties.DefaultDate).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant());
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument(standalone: true);
            xml.WriteStartElement("cp", "coreProperties", CoreNamespace);
            xml.WriteAttributeString("xmlns", "dc", null, DcNamespace);
            xml.WriteAttributeString("xmlns", "dcterms", null, DcTermsNamespace);
            xml.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
            xml.WriteElementString("dc", "title", DcNamespace, WordText.Clean(title));
            if (properties.Subject is { } subject)
            {
                xml.WriteElementString("dc", "subject", DcNamespace, WordText.Clean(subject));
            }

            if (properties.Author is { } author)
            {
                xml.WriteElementString("dc", "creator", DcNamespace, WordText.Clean(author));
            }

            foreach (var name in new[] { "created", "modified" })
            {
                xml.WriteStartElement("dcterms", name, DcTermsNamespace);
                xml.WriteAttributeString("xsi", "type", XsiNamespace, "dcterms:W3CDTF");
                xml.WriteString(when);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }
}
