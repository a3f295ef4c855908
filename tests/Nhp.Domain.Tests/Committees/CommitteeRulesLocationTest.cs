using Nhp.Committees;
using Nhp.Domain.Tests.Rules;
using Nhp.Findings;

namespace Nhp.Domain.Tests.Committees;

// Every paper and pack rule on a paper or pack built to break it: each finding says where it is. A paper read from a
// file names the line of the part the rule is about; a pack's findings name the agenda item and the field.
public sealed class CommitteeRulesLocationTest
{
    private static readonly Dictionary<string, SourceLocation> Lines = new(StringComparer.Ordinal)
    {
        [PaperCheck.DatedField] = new("paper.txt", 1),
        [PaperCheck.FundingField] = new("paper.txt", 6),
        [PaperCheck.SummaryField] = new("paper.txt", 14),
        [PaperCheck.RecommendationField] = new("paper.txt", 20),
        [PaperCheck.AppendicesField] = new("paper.txt", 24),
    };

    public static TheoryData<string, string> PaperBreaks() => new()
    {
        { PaperRules.RecommendationMissing, PaperCheck.RecommendationField },
        { PaperRules.AppendixNotPublic, PaperCheck.AppendicesField },
        { PaperRules.FundingUnanswered, PaperCheck.FundingField },
        { PaperRules.SummaryTooLong, PaperCheck.SummaryField },
        { PaperRules.DateMissing, PaperCheck.DatedField },
    };

    private static Paper Broken(string rule)
    {
        var paper = CommitteeExamples.Paper();
        return rule switch
        {
            PaperRules.RecommendationMissing => paper with { Recommendations = [] },
            PaperRules.AppendixNotPublic => paper with { Appendices = [new PaperAppendix("Appendix 2 - Victims' names", IsPublic: false)] },
            PaperRules.FundingUnanswered => paper with { FrontSheet = paper.FrontSheet with { Funding = FundingQuestions.NotApplicable with { HowMuch = null } } },
            PaperRules.SummaryTooLong => paper with { Summary = [.. Enumerable.Repeat(new string('x', 190), 17)] },
            PaperRules.DateMissing => paper with { FrontSheet = paper.FrontSheet with { Committees = [new PaperCommittee("Police Authority Board", null)] } },
            _ => throw new ArgumentOutOfRangeException(nameof(rule)),
        };
    }

    [Theory]
    [MemberData(nameof(PaperBreaks))]
    public void A_paper_rule_finds_its_broken_paper_at_the_line_of_the_part_it_is_about(string rule, string field)
    {
        var located = new LocatedPaper(Broken(rule), new SourceLocation("paper.txt", 1), Lines);
        var findings = PaperRules.Check(located.ToCheck());
        var finding = Assert.Single(findings);
        Assert.Equal((rule, field, Lines[field]), (finding.RuleId, finding.Field, finding.Location));
        Assert.Equal("Q3 Policing Plan Performance 2023-24", finding.Subject);

        // The same paper unbroken has no finding.
        Assert.Empty(PaperRules.Check(new LocatedPaper(CommitteeExamples.Paper(), new SourceLocation("paper.txt", 1), Lines).ToCheck()));
    }

    [Fact]
    public void A_part_that_was_not_found_is_located_at_the_start_of_its_paper()
    {
        var located = new LocatedPaper(Broken(PaperRules.RecommendationMissing), new SourceLocation("pack.txt", 310), new Dictionary<string, SourceLocation>());
        Assert.Equal(new SourceLocation("pack.txt", 310), Assert.Single(PaperRules.Check(located.ToCheck())).Location);
    }

    public static TheoryData<string, string> PackBreaks() => new()
    {
        { "title", "Item 5 is titled 'SUBJECT: Q3 POLICING PLAN PERFORMANCE 2023-24' on the agenda, but its paper's subject is 'Q2 Policing Plan Performance 2023-24'." },
        { "purpose", "Item 5 is For Discussion on the agenda, but its paper says For Decision." },
        { "committee", "Item 5's paper is for Police Authority Board, not Strategic Planning & Performance (Police) Committee." },
        { "date", "Item 5's paper is dated 6 March 2024, but the meeting is on 22 February 2024." },
    };

    [Theory]
    [MemberData(nameof(PackBreaks))]
    public void The_pack_rule_names_the_item_and_the_field_that_disagrees(string field, string message)
    {
        var sheet = CommitteeExamples.Sheet();
        var broken = field switch
        {
            "title" => sheet with { Subject = "Q2 Policing Plan Performance 2023-24" },
            "purpose" => sheet with { Purpose = PaperPurpose.Decision },
            "committee" => sheet with { Committees = [new PaperCommittee("Police Authority Board", CommitteeExamples.MeetingDate)] },
            _ => sheet with { Committees = [new PaperCommittee("Strategic Planning and Performance Committee", new NodaTime.LocalDate(2024, 3, 6))] },
        };
        var finding = Assert.Single(PackRules.Check(CommitteeExamples.Pack(paper: CommitteeExamples.Paper() with { FrontSheet = broken })));
        Assert.Equal((PackRules.FrontSheetDisagrees, "item 5", field, message), (finding.RuleId, finding.Subject, finding.Field, finding.Message));
    }

    [Fact]
    public void The_pack_rule_names_the_item_without_a_paper()
    {
        var finding = Assert.Single(PackRules.Check(CommitteeExamples.Pack(papers: [])));
        Assert.Equal((PackRules.PaperMissing, "item 5", "paper"), (finding.RuleId, finding.Subject, finding.Field));
        Assert.Equal("Item 5 (SUBJECT: Q3 POLICING PLAN PERFORMANCE 2023-24) has pages 13 - 30, but the pack has no paper for it.", finding.Message);
    }
}
