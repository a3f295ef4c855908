using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Nhp.Committees;
using Nhp.Datasets.CityOfLondon.Committees;
using Nhp.Reporting.Word.Importing;

namespace Nhp.Cli.Tests.Commands;

public sealed class PaperCommandsTest : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("nhp-paper-test-").FullName;

    public PaperCommandsTest()
    {
        File.Copy(Data("q3-performance.front-sheet.json"), Path.Combine(directory, "sheet.json"));
        File.Copy(Data("paper-exports", "colp-sppc-2024-02-22-pack.txt"), Path.Combine(directory, "pack.txt"));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static string Data(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Data", .. parts]);

    [Fact]
    public void The_Q3_performance_report_renders_as_a_valid_Word_paper_with_real_headings_that_reads_back_with_the_same_front_sheet()
    {
        var run = CliRun.Of(directory, "paper", "render", "performance", "--front-sheet", "sheet.json", "--format", "docx", "-o", "q3.docx");
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(0, run.ExitCode);

        var docx = File.ReadAllBytes(Path.Combine(directory, "q3.docx"));
        using (var stream = new MemoryStream(docx))
        using (var document = WordprocessingDocument.Open(stream, false))
        {
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document, TestContext.Current.CancellationToken).Select(e => e.Description));
            var headings = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
                .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: p.InnerText))
                .Where(p => p.Style?.StartsWith("Heading", StringComparison.Ordinal) == true).ToList();
            Assert.Equal(("Heading1", "Q3 Policing Plan Performance 2023-24"), headings[0]);
            Assert.Contains(("Heading2", "Summary"), headings);
            Assert.Contains(("Heading2", "Recommendation"), headings);
            Assert.Contains(("Heading2", "Main Report"), headings);
            Assert.Contains(headings, h => h.Style == "Heading3");
            Assert.Equal("Claire Flinter (Head of Business Information)", document.PackageProperties.Creator);
            Assert.Equal("Q3 Policing Plan Performance 2023-24", document.PackageProperties.Title);
        }

        // Read back, the front sheet is the seed's, field by field, as the library holds it.
        using var read = new MemoryStream(docx);
        var paper = PaperWordReader.Read(read, "q3.docx");
        Assert.Empty(paper.Findings);
        Assert.Equal(CityOfLondonCommittees.PerformancePaper.FrontSheet, paper.Value!.FrontSheet);
        Assert.Equal(CityOfLondonCommittees.PerformancePaper.Recommendations, paper.Value.Recommendations);

        var check = CliRun.Of(directory, "paper", "check", "q3.docx");
        Assert.Equal(0, check.ExitCode);
        Assert.StartsWith("Q3 Policing Plan Performance 2023-24 (Pol 20-24): 0 finding(s)", check.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("html", "<th scope=\"col\">Committee(s):</th>")]
    [InlineData("md", "| Committee(s): | Dated: |")]
    public void The_paper_renders_as_HTML_and_Markdown_with_the_front_sheet_table(string format, string expected)
    {
        var run = CliRun.Of(directory, "paper", "render", "crime-data-integrity", "--front-sheet", "sheet.json", "--format", format, "-o", "paper." + format);
        Assert.Equal(0, run.ExitCode);
        var text = File.ReadAllText(Path.Combine(directory, "paper." + format));
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Contains("Pol 20-24", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_front_sheet_with_a_bad_value_is_exit_2_with_the_file_and_line_and_nothing_is_written()
    {
        var path = Path.Combine(directory, "sheet.json");
        var text = File.ReadAllText(path).Replace("\"purpose\": \"discussion\"", "\"purpose\": \"for noting\"", StringComparison.Ordinal);
        File.WriteAllText(path, text);
        var line = text.Split('\n').TakeWhile(l => !l.Contains("for noting", StringComparison.Ordinal)).Count() + 1;

        var run = CliRun.Of(directory, "paper", "render", "performance", "--front-sheet", "sheet.json", "--format", "docx", "-o", "q3.docx");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"paper.import.value-invalid [sheet.json $.purpose] sheet.json:{line}:", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(directory, "q3.docx")));
    }

    [Fact]
    public void A_front_sheet_that_is_not_JSON_an_unknown_report_or_format_are_exit_2()
    {
        File.WriteAllText(Path.Combine(directory, "notes.json"), "Committee(s): …");
        Assert.Equal(2, CliRun.Of(directory, "paper", "render", "performance", "--front-sheet", "notes.json", "--format", "md", "-o", "x.md").ExitCode);
        Assert.Equal(2, CliRun.Of(directory, "paper", "render", "nope", "--front-sheet", "sheet.json", "--format", "md", "-o", "x.md").ExitCode);
        Assert.Equal(2, CliRun.Of(directory, "paper", "render", "performance", "--front-sheet", "sheet.json", "--format", "pdf", "-o", "x.pdf").ExitCode);
        Assert.Equal(2, CliRun.Of(directory, "paper", "render", "performance", "--front-sheet", "missing.json", "--format", "md", "-o", "x.md").ExitCode);
    }

    [Fact]
    public void A_paper_that_breaks_the_rules_renders_and_is_exit_1_with_its_findings_on_standard_error()
    {
        var path = Path.Combine(directory, "sheet.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"Members are asked to note the report.\"", string.Empty, StringComparison.Ordinal));
        var run = CliRun.Of(directory, "paper", "render", "performance", "--front-sheet", "sheet.json", "--format", "md", "-o", "q3.md");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(PaperRules.RecommendationMissing, run.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(directory, "q3.md")));
    }

    [Fact]
    public void The_paper_renders_from_a_dataset_folder_given_with_data()
    {
        Assert.Equal(0, CliRun.Of(directory, "dataset", "export", "--out", "data").ExitCode);
        var run = CliRun.Of(directory, "paper", "render", "performance", "--front-sheet", "sheet.json", "--data", "data", "--format", "md", "-o", "q3.md");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            File.ReadAllText(Path.Combine(directory, "q3.md")),
            RenderDefault());

        string RenderDefault()
        {
            Assert.Equal(0, CliRun.Of(directory, "paper", "render", "performance", "--front-sheet", "sheet.json", "--format", "md", "-o", "default.md").ExitCode);
            return File.ReadAllText(Path.Combine(directory, "default.md"));
        }
    }

    [Fact]
    public void Paper_check_reads_every_paper_of_a_pack_text_export_and_names_the_line_each_starts_on()
    {
        var run = CliRun.Of(directory, "paper", "check", "pack.txt");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                "Q3 Policing Plan Performance 2023-24 (Pol 20-24) at pack.txt:310: 0 finding(s)",
                "Quarterly HMICFRS Inspections Update (Pol 21-24) at pack.txt:810: 0 finding(s)",
                "HMICFRS Update on PEEL Inspection 'Requires Improvements' (Pol 22-24) at pack.txt:886: 0 finding(s)",
                "Improving communications and engagement on crime and policing (no reference) at pack.txt:1026: 0 finding(s)",
                "Neighbourhood Policing Strategy Delivery Plan (Pol 23-24) at pack.txt:1169: 0 finding(s)",
                "Crime Data Integrity Review (Pol 24-24) at pack.txt:1209: 0 finding(s)",
                "Modern Day Slavery and Human Trafficking update (Pol 25-24) at pack.txt:1369: 0 finding(s)",
            ],
            run.Out.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Paper_check_of_a_text_paper_that_breaks_a_rule_names_its_line_and_is_exit_1()
    {
        var path = Path.Combine(directory, "pack.txt");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Strategic Planning and Performance Committee\t22 February 2024\nSubject: Crime Data Integrity Review", "Strategic Planning and Performance Committee\t\nSubject: Crime Data Integrity Review", StringComparison.Ordinal));
        var run = CliRun.Of(directory, "paper", "check", "pack.txt");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error paper.date.missing [Crime Data Integrity Review dated] pack.txt:1209:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Paper_check_of_a_text_without_a_front_sheet_is_exit_1_with_the_finding()
    {
        File.WriteAllText(Path.Combine(directory, "minutes.txt"), "Minutes of the meeting\n");
        var run = CliRun.Of(directory, "paper", "check", "minutes.txt");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(PaperImportRules.NoFrontSheet, run.Out, StringComparison.Ordinal);
    }
}
