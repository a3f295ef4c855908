using Nhp.Committees;
using Nhp.Datasets.CityOfLondon.Committees;
using Nhp.Findings;
using NodaTime;

namespace Nhp.Domain.Tests.Committees;

public sealed class FrontSheetJsonTest
{
    private static string SamplePath => Path.Combine(AppContext.BaseDirectory, "Data", "q3-performance.front-sheet.json");

    public static TheoryData<string> PackItems() => [.. CityOfLondonCommittees.February2024Pack.Papers.Keys];

    [Fact]
    public void The_sample_front_sheet_is_the_Q3_performance_paper_of_22_February_2024_as_printed()
    {
        var read = FrontSheetJson.Read(SamplePath);
        Assert.Empty(read.Findings);
        var expected = CityOfLondonCommittees.PerformancePaper;
        var paper = read.Value!;
        Assert.Equal(expected.FrontSheet, paper.FrontSheet);
        Assert.Equal(expected.Summary, paper.Summary);
        Assert.Equal(expected.Recommendations, paper.Recommendations);
        Assert.Equal(expected.Appendices, paper.Appendices);
        Assert.Null(paper.MainReport);

        // Each field as the seed's front sheet prints it (003, the Q3 performance paper).
        var sheet = paper.FrontSheet;
        Assert.Equal(new PaperCommittee("Strategic Planning and Performance Committee", new LocalDate(2024, 2, 22), "22 February 2024"), Assert.Single(sheet.Committees));
        Assert.Equal(("Q3 Policing Plan Performance 2023-24", true, "1"), (sheet.Subject, sheet.IsPublic, sheet.CorporatePlanOutcomes));
        Assert.Equal(["N/A", "N/A", "N/A", "N/A"], sheet.Funding.Answers);
        Assert.Equal(("Report of", "Commissioner of Police", "Pol 20-24", PaperPurpose.Discussion), (sheet.ReportOfLabel, sheet.ReportOf, sheet.Reference, sheet.Purpose));
        Assert.Equal("Claire Flinter (Head of Business Information)", sheet.Author);
    }

    [Theory]
    [MemberData(nameof(PackItems))]
    public void Every_paper_of_the_pack_writes_and_reads_back_equal(string item)
    {
        var paper = CityOfLondonCommittees.February2024Pack.Papers[item];
        var json = FrontSheetJson.Write(paper);
        var read = FrontSheetJson.Read(new StringReader(json), "paper.json");
        Assert.Empty(read.Findings);
        Assert.Equal(paper.FrontSheet, read.Value!.FrontSheet);
        Assert.Equal(paper.Summary, read.Value.Summary);
        Assert.Equal(paper.Recommendations, read.Value.Recommendations);
        Assert.Equal(paper.Appendices, read.Value.Appendices);
        Assert.Equal(paper.Contacts, read.Value.Contacts);
        Assert.Equal(json, FrontSheetJson.Write(read.Value));
    }

    [Fact]
    public void A_date_given_only_in_words_is_read_and_a_missing_funding_object_leaves_every_answer_blank()
    {
        const string Text = """
            { "format": "nhp-front-sheet", "version": 1,
              "committees": [ { "committee": "Police Authority Board", "dateText": "22 nd June 2021" } ],
              "subject": "CoLP Sector Policing Model- initial successes and challenges", "reportOf": "Commissioner of Police", "purpose": "information" }
            """;
        var read = FrontSheetJson.Read(new StringReader(Text), "sheet.json");
        Assert.Empty(read.Findings);
        var sheet = read.Value!.FrontSheet;
        Assert.Equal(new PaperCommittee("Police Authority Board", new LocalDate(2021, 6, 22), "22 nd June 2021"), Assert.Single(sheet.Committees));
        Assert.Equal([null, null, null, null], sheet.Funding.Answers);
        Assert.Equal(PaperPurpose.Information, sheet.Purpose);
        Assert.True(sheet.IsPublic);

        // Blank answers are what the paper rules report, one finding per question.
        Assert.Equal(4, PaperRules.Check(read.Value).Count(f => f.RuleId == PaperRules.FundingUnanswered));
    }

    [Fact]
    public void A_purpose_the_format_does_not_know_makes_the_file_unusable_with_the_line_of_the_value()
    {
        var text = File.ReadAllText(SamplePath).Replace("\"purpose\": \"discussion\"", "\"purpose\": \"noting\"", StringComparison.Ordinal);
        var line = text.Split('\n').TakeWhile(l => !l.Contains("\"purpose\"", StringComparison.Ordinal)).Count() + 1;
        var read = FrontSheetJson.Read(new StringReader(text), "sheet.json");
        Assert.Null(read.Value);
        var finding = Assert.Single(read.Findings);
        Assert.Equal(PaperImportRules.ValueInvalid, finding.RuleId);
        Assert.Equal(new SourceLocation("sheet.json", line), finding.Location);
    }

    [Fact]
    public void A_committee_with_a_date_in_another_form_is_left_out_with_a_located_error()
    {
        var text = File.ReadAllText(SamplePath).Replace("\"date\": \"2024-02-22\"", "\"date\": \"22/02/2024\"", StringComparison.Ordinal);
        var line = text.Split('\n').TakeWhile(l => !l.Contains("22/02/2024", StringComparison.Ordinal)).Count() + 1;
        var read = FrontSheetJson.Read(new StringReader(text), "sheet.json");
        var finding = Assert.Single(read.Findings);
        Assert.Equal((PaperImportRules.ItemInvalid, Severity.Error, line), (finding.RuleId, finding.Severity, finding.Location!.Line));
        Assert.Empty(read.Value!.FrontSheet.Committees);
    }

    [Fact]
    public void Another_format_is_refused_as_unusable_input()
    {
        var e = Assert.Throws<NhpInputException>(() => FrontSheetJson.Read(new StringReader("{ \"format\": \"nhp-delivery-plan\", \"version\": 1 }"), "plan.json"));
        Assert.Contains("nhp-front-sheet", e.Message, StringComparison.Ordinal);
    }
}
