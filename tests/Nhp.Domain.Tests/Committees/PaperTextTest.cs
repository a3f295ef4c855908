using System.Text;
using Nhp.Committees;
using Nhp.Datasets.CityOfLondon.Committees;
using Nhp.Findings;
using NodaTime;

namespace Nhp.Domain.Tests.Committees;

// The seeds' text exports (copied into Data/paper-exports): 003 is the pack of 22 February 2024 (its agenda, minutes
// and outstanding references, then seven papers, each opening with its front sheet); 004 and 001 are one paper each.
public sealed class PaperTextTest
{
    private const string Pack = "colp-sppc-2024-02-22-pack.txt";
    private const string SectorModel = "colp-pab-2021-06-22-sector-policing-model.txt";
    private const string EngagementUpdate = "colp-sppc-2024-11-26-engagement-update.txt";

    private static readonly LocalDate Meeting = new(2024, 2, 22);

    private static string Export(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "paper-exports", name));

    private static IReadOnlyList<LocatedPaper> Read(string text, string source = "export.txt")
    {
        var read = PaperText.Read(new StringReader(text), source);
        Assert.Empty(read.Findings);
        return read.Value!;
    }

    // The pack's papers in agenda order, as the library holds them (their front sheets typed from the seed).
    private static readonly Paper[] PackPapers =
    [
        CityOfLondonCommittees.PerformancePaper,
        CityOfLondonCommittees.HmicfrsPaper,
        CityOfLondonCommittees.PeelPaper,
        CityOfLondonCommittees.EngagementPaper,
        CityOfLondonCommittees.DeliveryPlanPaper,
        CityOfLondonCommittees.CrimeDataIntegrityPaper,
        CityOfLondonCommittees.ModernSlaveryPaper,
    ];

    [Fact]
    public void The_pack_export_splits_into_its_seven_papers_with_every_front_sheet_as_printed()
    {
        var papers = Read(Export(Pack), Pack);
        Assert.Equal(PackPapers.Select(p => p.Title), papers.Select(p => p.Paper.Title));
        for (var i = 0; i < PackPapers.Length; i++)
        {
            Assert.Equal(PackPapers[i].FrontSheet, papers[i].Paper.FrontSheet);
        }

        // Each paper starts at its "Committee(s):" line of the seed.
        Assert.Equal([310, 810, 886, 1026, 1169, 1209, 1369], papers.Select(p => p.Start.Line!.Value));
        Assert.All(papers, p => Assert.Equal(Pack, p.Start.Source));
    }

    [Fact]
    public void The_pack_papers_keep_their_summaries_recommendations_appendices_and_contacts_as_printed()
    {
        var papers = Read(Export(Pack)).Select(p => p.Paper).ToList();
        Assert.Equal(PackPapers.Select(p => p.Recommendations), papers.Select(p => p.Recommendations));
        Assert.Equal(["Members are asked to:", "Note this report and discuss the options"], papers[3].Recommendations);

        Assert.Equal(CityOfLondonCommittees.HmicfrsPaper.Summary, papers[1].Summary);
        Assert.Equal(CityOfLondonCommittees.PeelPaper.Summary, papers[2].Summary);
        Assert.Equal(CityOfLondonCommittees.CrimeDataIntegrityPaper.Summary, papers[5].Summary);
        Assert.Equal(CityOfLondonCommittees.DeliveryPlanPaper.Summary, papers[4].Summary);
        // The performance paper's summary is a sentence, then one list of three numbered items with their sub-items.
        Assert.Equal(2, papers[0].Summary.Count);
        Assert.Equal(CityOfLondonCommittees.PerformancePaper.Summary[0], papers[0].Summary[0]);
        Assert.StartsWith("- 1. The Policing Plan has three operational priorities:\n- a. Keep", papers[0].Summary[1], StringComparison.Ordinal);
        Assert.Contains("\n- 3. A refresh of the Policing Plan", papers[0].Summary[1], StringComparison.Ordinal);

        Assert.Equal(CityOfLondonCommittees.PerformancePaper.Appendices, papers[0].Appendices);
        Assert.Equal(CityOfLondonCommittees.DeliveryPlanPaper.Appendices, papers[4].Appendices);

        // "Appendix 1- … Appendix 2 – Recommendations" is one line of the export and two appendices.
        Assert.Equal(CityOfLondonCommittees.CrimeDataIntegrityPaper.Appendices, papers[5].Appendices);

        // Contacts: a name and role before an "E:" line, or the name and role the paper ends with. The engagement
        // paper prints none in this export.
        Assert.Equal(CityOfLondonCommittees.HmicfrsPaper.Contacts, papers[1].Contacts);
        Assert.Equal(CityOfLondonCommittees.PeelPaper.Contacts, papers[2].Contacts);
        Assert.Empty(papers[3].Contacts);
        Assert.Equal(CityOfLondonCommittees.DeliveryPlanPaper.Contacts, papers[4].Contacts);
        Assert.Equal(CityOfLondonCommittees.CrimeDataIntegrityPaper.Contacts, papers[5].Contacts);
        Assert.Equal(CityOfLondonCommittees.ModernSlaveryPaper.Contacts, papers[6].Contacts);
        Assert.Empty(papers[0].Contacts);
    }

    [Fact]
    public void The_main_report_headings_are_read_as_printed_and_captions_and_list_items_are_not_headings()
    {
        var papers = Read(Export(Pack)).Select(p => p.Paper).ToList();
        Assert.Equal(
            [
                "Background",
                "Current Position",
                "Inspections since last Committee (November 2023)",
                "HMICFRS reports published since last Committee (November 2023)",
                "Current status of HMICFRS Action Plans",
                "Total open actions",
                "Historic vs New",
                "CoLP vs National",
                "Upcoming Inspections",
            ],
            papers[1].Sections);

        // The performance and delivery plan papers have no Main Report: their body is the appendix.
        Assert.Empty(papers[0].Sections);
        Assert.Empty(papers[4].Sections);
    }

    [Fact]
    public void The_sector_policing_model_paper_of_004_reads_with_its_front_sheet_as_printed()
    {
        var located = Assert.Single(Read(Export(SectorModel), SectorModel));
        var paper = located.Paper;
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
        Assert.Equal(3, located.Start.Line);
        Assert.Equal(["Members are asked to note the report"], paper.Recommendations);
        Assert.Equal(2, paper.Summary.Count);
        Assert.Equal(
            ["Background", "Current Position", "Successes of the new Sector Policing Model", "Challenges of the new Sector Policing Model", "Areas for further development", "Conclusion"],
            paper.Sections);

        // The export repeats the last page: the officer is listed once, with the e-mail address of the fuller copy.
        Assert.Equal([new ContactOfficer("Steve Heatley", "Chief Superintendent Local Policing", "Steve.Heatley@cityoflondon.police.uk")], paper.Contacts);
    }

    [Fact]
    public void Two_committees_named_in_one_cell_with_two_dates_are_two_committees_each_with_its_date()
    {
        var paper = Assert.Single(Read(Export(EngagementUpdate))).Paper;
        Assert.Equal(
            [
                new PaperCommittee("Strategic Planning & Performance Committee", new LocalDate(2024, 11, 26), "26 th November 2024"),
                new PaperCommittee("Police Authority Board", new LocalDate(2024, 12, 3), "3 rd December 2024"),
            ],
            paper.FrontSheet.Committees);
        Assert.Equal("Community Engagement Quarterly Update & Measures of the Strategic Plan", paper.Title);
        Assert.Equal([new ContactOfficer("Emma Cunnington", "Head of Strategy & Planning, Corpo\nHead of Strategy & Planning, Corporate Services", "emma.cunnington@cityoflondon.police.uk")], paper.Contacts);
        Assert.Empty(paper.Appendices);
    }

    public static TheoryData<string> Alterations() =>
    [
        "tabs as spaces", "CRLF line ends", "OCR damage", "wrapped lines", "blank lines between rows", "no-break spaces",
    ];

    [Theory]
    [MemberData(nameof(Alterations))]
    public void An_altered_copy_of_the_pack_reads_the_same_front_sheets_recommendations_and_headings(string alteration)
    {
        var original = Read(Export(Pack)).Select(p => p.Paper).ToList();
        var altered = Read(Alter(Export(Pack), alteration)).Select(p => p.Paper).ToList();
        Assert.Equal(original.Count, altered.Count);
        for (var i = 0; i < original.Count; i++)
        {
            Assert.Equal(original[i].FrontSheet, altered[i].FrontSheet);
            Assert.Equal(original[i].Sections, altered[i].Sections);
            Assert.Equal(original[i].Appendices, altered[i].Appendices);
            if (alteration != "wrapped lines")
            {
                Assert.Equal(original[i].Recommendations, altered[i].Recommendations);
            }
        }
    }

    private static string Alter(string text, string alteration) => alteration switch
    {
        "tabs as spaces" => text.Replace("\t", "    ", StringComparison.Ordinal),
        "CRLF line ends" => text.Replace("\n", "\r\n", StringComparison.Ordinal),
        "OCR damage" => text
            .Replace("Committee(s):", "Cornmittee(s) :", StringComparison.Ordinal)
            .Replace("Subject:", "Subjcct:", StringComparison.Ordinal)
            .Replace("Report of:", "Rep0rt of:", StringComparison.Ordinal)
            .Replace("If so, how much?", "lf so, how rnuch?", StringComparison.Ordinal)
            .Replace("\nSummary\n", "\nSurnmary\n", StringComparison.Ordinal)
            .Replace("For Discussion", "For Discusion", StringComparison.Ordinal),
        "wrapped lines" => Wrap(text, 70),
        "blank lines between rows" => text.Replace("\nIf so, how much?", "\n\nIf so, how much?", StringComparison.Ordinal).Replace("\nReport author", "\n\nReport author", StringComparison.Ordinal),
        "no-break spaces" => text.Replace("Report of: ", "Report of:\u00A0", StringComparison.Ordinal).Replace("\nSummary\n", "\nSummary\u00A0\n", StringComparison.Ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(alteration)),
    };

    // Hard-wraps every line longer than the width at its last space before it, as a text export at a fixed width does;
    // a row of the front sheet wraps in its first cell, so the continuation carries the rest of that cell and the others.
    private static string Wrap(string text, int width)
    {
        var output = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            var rest = line;
            while (rest.Length > width && rest.LastIndexOf(' ', width) is var cut && cut > 0 && (rest.IndexOf('\t', StringComparison.Ordinal) < 0 || cut < rest.IndexOf('\t', StringComparison.Ordinal)))
            {
                output.Append(rest[..cut]).Append('\n');
                rest = rest[(cut + 1)..];
            }

            output.Append(rest).Append('\n');
        }

        return output.ToString();
    }

    [Fact]
    public void The_paper_rules_name_the_line_of_what_they_find_in_an_export()
    {
        // The HMICFRS paper with its recommendation deleted: the finding names the line of its Recommendation heading.
        // The performance paper with a funding answer blanked: the finding names the line of its funding questions.
        var text = Export(Pack)
            .Replace("Members are asked to note the report.\n\nMain Report\n\nBackground\n\n1. This report provides an overview of His Majesty", "\nMain Report\n\nBackground\n\n1. This report provides an overview of His Majesty", StringComparison.Ordinal);
        Assert.NotEqual(Export(Pack), text);
        var lines = text.Split('\n');
        var hmicfrs = Read(text, Pack)[1];
        var findings = PaperRules.Check(hmicfrs.ToCheck());

        var recommendation = Assert.Single(findings, f => f.RuleId == PaperRules.RecommendationMissing);
        var heading = Array.FindIndex(lines, hmicfrs.Start.Line!.Value, l => l == "Recommendation") + 1;
        Assert.Equal(new SourceLocation(Pack, heading), recommendation.Location);

        var blanked = text.Remove(text.IndexOf("If so, how much?\tN/A", StringComparison.Ordinal) + "If so, how much?\t".Length, 3);
        var blankedPaper = Read(blanked, Pack)[0];
        var unanswered = Assert.Single(PaperRules.Check(blankedPaper.ToCheck()), f => f.RuleId == PaperRules.FundingUnanswered);
        // Line 314 of the seed is the first funding question of the performance paper ("If so, how much?" is 315).
        Assert.Equal(new SourceLocation(Pack, 314), unanswered.Location);
    }

    [Fact]
    public void An_undated_front_sheet_is_found_at_its_first_line()
    {
        var text = Export(SectorModel).Replace("Dated: 22 nd June 2021", "Dated:", StringComparison.Ordinal);
        var paper = Assert.Single(Read(text, SectorModel));
        var finding = Assert.Single(PaperRules.Check(paper.ToCheck()));
        Assert.Equal((PaperRules.DateMissing, new SourceLocation(SectorModel, 3)), (finding.RuleId, finding.Location));
    }

    [Fact]
    public void A_text_without_a_front_sheet_reads_as_no_paper_with_a_finding_and_an_empty_one_is_unusable()
    {
        var read = PaperText.Read(new StringReader("Minutes of the meeting\n\nPresent: …\n"), "minutes.txt");
        Assert.Null(read.Value);
        Assert.Equal(PaperImportRules.NoFrontSheet, Assert.Single(read.Findings).RuleId);
        Assert.Throws<NhpInputException>(() => PaperText.Read(new StringReader("\n \n"), "empty.txt"));
    }
}
