using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Nhp.Reporting.Word.Tests;

// Reading a rendered .docx back in tests: its validation errors, its paragraphs with their styles, its text.
internal static class WordDocuments
{
    public static IReadOnlyList<string> ValidationErrors(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var validator = new OpenXmlValidator(FileFormatVersions.Microsoft365);
        return [.. validator.Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }

    public static IReadOnlyList<(string Style, string Text)> Paragraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return [.. document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal", TextOf(p)))];
    }

    public static string TextOf(OpenXmlElement element) =>
        string.Concat(element.Descendants().Select(e => e switch
        {
            DocumentFormat.OpenXml.Wordprocessing.Text t => t.Text,
            Break b when b.Type is null => "\n",
            _ => string.Empty,
        }));

    public static T With<T>(byte[] docx, Func<WordprocessingDocument, T> read)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return read(document);
    }
}
