using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Nhp.Committees;
using Nhp.Reporting.Word.Importing;
using NodaTime;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Nhp.Reporting.Word.Tests.Importing;

public sealed class PaperWordReaderTest
{
    // A force's own paper as its template writes it: the committee in the header row, the reference after whose report
    // it is on the same line, a summary and a recommendation under headings of its own styles.
    private static byte[] ForcePaper()
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            static TableRow Row(string label, string value) => new(
                new TableCell(new Paragraph(new Run(new WText(label)))),
                new TableCell(new Paragraph(new Run(new WText(value)))));
            static Paragraph Styled(string style, string text) => new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new WText(text)));
            main.Document = new Document(new Body(
                new Table(
                    Row("Committee(s): Police Authority Board", "Dated: 22 nd June 2021"),
                    Row("Subject: CoLP Sector Policing Model- initial successes and challenges", "Public"),
                    Row("Which outcomes in the City Corporation's Corporate Plan does this proposal aim to impact directly?", "No 1 – People are safe and feel safe"),
                    Row("Does this proposal require extra revenue and/or capital spending?", "N/A"),
                    Row("If so, how much?", "N/A"),
                    Row("What is the source of Funding?", "N/A"),
                    Row("Has this Funding Source been agreed with the Chamberlain's Department?", "N/A"),
                    Row("Report of: Commissioner of Police Pol 36-21", "For Information"),
                    Row("Report author: Chief Supt Steve Heatley, Local Policing", string.Empty)),
                Styled("Heading1", "Summary"),
                Styled("Normal", "The report notes successes and challenges of the new model."),
                Styled("Heading1", "Recommendation(s)"),
                Styled("Normal", "Members are asked to note the report")));
        }

        return stream.ToArray();
    }

    [Fact]
    public void A_front_sheet_with_the_committee_in_its_header_row_and_the_reference_on_the_report_of_line_is_read_as_printed()
    {
        using var stream = new MemoryStream(ForcePaper());
        var read = PaperWordReader.Read(stream, "sector-policing.docx");
        Assert.Empty(read.Findings);
        var paper = read.Value!;
        Assert.Equal(
            new FrontSheet
            {
                Committees = [new PaperCommittee("Police Authority Board", new LocalDate(2021, 6, 22), "22 nd June 2021")],
                Subject = "CoLP Sector Policing Model- initial successes and challenges",
                CorporatePlanOutcomes = "No 1 – People are safe and feel safe",
                ReportOf = "Commissioner of Police",
                Reference = "Pol 36-21",
                Purpose = PaperPurpose.Information,
                Author = "Chief Supt Steve Heatley, Local Policing",
            },
            paper.FrontSheet);
        Assert.Equal(["The report notes successes and challenges of the new model."], paper.Summary);
        Assert.Equal(["Members are asked to note the report"], paper.Recommendations);
        Assert.Empty(PaperRules.Check(paper));
    }
}
