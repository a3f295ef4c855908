using Nhp.Committees;
using Nhp.Findings;
using NodaTime;

namespace Nhp.Domain.Tests.Rules;

// For each paper and pack rule, a paper or pack built to break it and the same one put right.
internal static class CommitteeExamples
{
    public static readonly LocalDate MeetingDate = new(2024, 2, 22);

    public static IEnumerable<KeyValuePair<string, (Func<IEnumerable<Finding>> Failing, Func<IEnumerable<Finding>> Passing)>> All =>
        new Dictionary<string, (Func<IEnumerable<Finding>>, Func<IEnumerable<Finding>>)>(StringComparer.Ordinal)
        {
            [PaperRules.RecommendationMissing] = (() => PaperRules.Check(Paper() with { Recommendations = [" "] }), () => PaperRules.Check(Paper())),
            [PaperRules.AppendixNotPublic] = (
                () => PaperRules.Check(Paper() with { Appendices = [new PaperAppendix("Appendix 1 - Names", IsPublic: false)] }),
                () => PaperRules.Check(Paper() with { Appendices = [new PaperAppendix("Appendix 1 - Figures")] })),
            [PaperRules.FundingUnanswered] = (
                () => PaperRules.Check(Paper() with { FrontSheet = Sheet() with { Funding = FundingQuestions.NotApplicable with { Source = "" } } }),
                () => PaperRules.Check(Paper())),

            // 49 lines is one more than a page holds: 24 paragraphs of one line and a blank after each is 48.
            [PaperRules.SummaryTooLong] = (
                () => PaperRules.Check(Paper() with { Summary = [.. Enumerable.Repeat("A short line.", 24), new string('x', 96)] }),
                () => PaperRules.Check(Paper() with { Summary = [.. Enumerable.Repeat("A short line.", 24)] })),
            [PaperRules.DateMissing] = (
                () => PaperRules.Check(Paper() with { FrontSheet = Sheet() with { Committees = [new PaperCommittee("Strategic Planning and Performance Committee", null)] } }),
                () => PaperRules.Check(Paper())),
            [PackRules.PaperMissing] = (() => PackRules.Check(Pack(papers: [])), () => PackRules.Check(Pack())),
            [PackRules.FrontSheetDisagrees] = (
                () => PackRules.Check(Pack(paper: Paper() with { FrontSheet = Sheet() with { Purpose = PaperPurpose.Decision } })),
                () => PackRules.Check(Pack())),
        };

    public static FrontSheet Sheet() => new()
    {
        Committees = [new PaperCommittee("Strategic Planning and Performance Committee", MeetingDate, "22 February 2024")],
        Subject = "Q3 Policing Plan Performance 2023-24",
        CorporatePlanOutcomes = "1",
        ReportOf = "Commissioner of Police",
        Reference = "Pol 20-24",
        Purpose = PaperPurpose.Discussion,
        Author = "Claire Flinter (Head of Business Information)",
    };

    public static Paper Paper() => new()
    {
        FrontSheet = Sheet(),
        Summary = ["This report provides a performance assessment."],
        Recommendations = ["Members are asked to note the report."],
    };

    public static CommitteePack Pack(Paper? paper = null, string[]? papers = null) => new()
    {
        Meeting = new Meeting { Committee = "Strategic Planning & Performance (Police) Committee", Date = MeetingDate },
        Parts =
        [
            new AgendaPart("Part 1 - Public Agenda", true,
            [
                new AgendaItem { Number = "1", Title = "APOLOGIES" },
                new AgendaItem
                {
                    Number = "5",
                    Title = "SUBJECT: Q3 POLICING PLAN PERFORMANCE 2023-24",
                    ReportOf = "Report of the Commissioner.",
                    Purpose = PaperPurpose.Discussion,
                    Pages = new PageRange(13, 30),
                },
            ]),
        ],
        Papers = (papers ?? ["5"]).ToDictionary(n => n, _ => paper ?? Paper()),
    };
}
