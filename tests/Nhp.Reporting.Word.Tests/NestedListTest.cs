using DocumentFormat.OpenXml.Wordprocessing;
using Nhp.Reporting.Documents;
using NodaTime;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Nhp.Reporting.Word.Tests;

/// <summary>A nested list in Word: a list bullet per item, each level indented further, valid Open XML.</summary>
public sealed class NestedListTest
{
    private static readonly WordProperties Properties = new("Author", "Structure", new LocalDate(2021, 6, 22));

    private static byte[] Docx() => WordRenderer.Default.RenderToBytes(
        new DocumentBuilder("Structure")
            .NestedList([new NestedListItem([new Strong("Command")], [new NestedListItem([new TextRun("Sector")], [new NestedListItem("Team")])]), new NestedListItem("Alone")])
            .Build(),
        Properties);

    [Fact]
    public void The_document_is_valid_Open_XML() =>
        Assert.Equal(string.Empty, string.Join("\n", WordDocuments.ValidationErrors(Docx())));

    [Fact]
    public void Each_item_is_a_list_bullet_indented_by_its_level()
    {
        var items = WordDocuments.With(Docx(), d => d.MainDocumentPart!.Document!.Body!.Elements<WParagraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "ListBullet")
            .Select(p => (WordDocuments.TextOf(p), p.ParagraphProperties!.GetFirstChild<Indentation>()?.Left?.Value))
            .ToList());
        Assert.Equal([("Command", null), ("Sector", "720"), ("Team", "1080"), ("Alone", null)], items);
    }
}
