using Nhp.Committees;
using NodaTime;

namespace Nhp.Domain.Tests.Committees;

public sealed class FrontSheetRowsTest
{
    private static readonly (string, string)[] Rest =
    [
        ("Subject: Community Engagement Quarterly Update", "Public"),
        ("Which outcomes in the City Corporation's Corporate Plan does this proposal aim to impact directly?", "1"),
        ("Does this proposal require extra revenue and/or capital spending?", "N/A"),
        ("If so, how much?", "N/A"),
        ("What is the source of Funding?", "N/A"),
        ("Has this Funding Source been agreed with the Chamberlain's Department?", "N/A"),
        ("Report of: Commissioner of Police\nPol 20-24", "For Discussion"),
        ("Report author: Emma Cunnington", string.Empty),
    ];

    [Fact]
    public void Committees_written_one_a_line_in_one_cell_with_as_many_dates_are_one_committee_each()
    {
        var sheet = FrontSheetRows.Read([("Strategic Planning & Performance Committee\nPolice Authority Board", "26 th November 2024\n3 rd December 2024"), .. Rest]);
        Assert.Equal(
            [
                new PaperCommittee("Strategic Planning & Performance Committee", new LocalDate(2024, 11, 26), "26 th November 2024"),
                new PaperCommittee("Police Authority Board", new LocalDate(2024, 12, 3), "3 rd December 2024"),
            ],
            sheet.Committees);
    }

    [Fact]
    public void A_cell_naming_two_committees_with_one_date_stays_one_committee_with_the_cell_as_written()
    {
        var sheet = FrontSheetRows.Read([("Strategic Planning & Performance Committee Police Authority Board", "26 November 2024"), .. Rest]);
        Assert.Equal([new PaperCommittee("Strategic Planning & Performance Committee Police Authority Board", new LocalDate(2024, 11, 26), "26 November 2024")], sheet.Committees);
    }

    [Theory]
    [InlineData("Report of: Commissioner of Police\nPol 20-24", "Report of", "Commissioner of Police", "Pol 20-24")]
    [InlineData("Report of: Commissioner of Police Pol 20-24", "Report of", "Commissioner of Police", "Pol 20-24")]
    [InlineData("Joint report of: Commissioner of Police & the Police Authority Director", "Joint report of", "Commissioner of Police & the Police Authority Director", null)]
    [InlineData("Rep0rt of: Town Clerk", "Report of", "Town Clerk", null)]
    [InlineData("REPORT OF: Town Clerk\nTC/2024/7", "REPORT OF", "Town Clerk", "TC/2024/7")]
    public void Report_of_is_read_with_its_label_and_reference_wherever_the_reference_is(string cell, string label, string reportOf, string? reference)
    {
        var sheet = FrontSheetRows.Read([("Police Authority Board", "22 June 2021"), .. Rest.Select(r => r.Item1.StartsWith("Report of", StringComparison.Ordinal) ? (cell, r.Item2) : r)]);
        Assert.Equal((label, reportOf, reference), (sheet.ReportOfLabel, sheet.ReportOf, sheet.Reference));
    }

    [Fact]
    public void Labels_damaged_by_OCR_and_a_non_public_paper_are_read()
    {
        var sheet = FrontSheetRows.Read(
        [
            ("Police Authority Board", "22 June 2021"),
            ("Subjcct: Operation Shelbourne", "Non Public"),
            ("Whlch outcomes in the City Corporation's Corporate Plan", "1"),
            ("Does this proposa1 require extra revenue", "N"),
            ("lf so, how rnuch?", "£-"),
            ("What is the source of Funding?", "N/A"),
            ("Has this Funding Source been agreed", "N/A"),
            ("Report of: Commissioner of Police", "For Decisiom"),
            ("Report authors: Brett McKenna", string.Empty),
        ]);
        Assert.Equal(("Operation Shelbourne", false, "1"), (sheet.Subject, sheet.IsPublic, sheet.CorporatePlanOutcomes));
        Assert.Equal(["N", "£-", "N/A", "N/A"], sheet.Funding.Answers);
        Assert.Equal((PaperPurpose.Decision, "Brett McKenna"), (sheet.Purpose, sheet.Author));
    }
}
