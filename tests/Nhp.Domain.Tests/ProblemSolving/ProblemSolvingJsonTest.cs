using CsCheck;
using Nhp.Findings;
using Nhp.ProblemSolving;
using NodaTime;

namespace Nhp.Domain.Tests.ProblemSolving;

public sealed class ProblemSolvingJsonTest
{
    private static readonly Gen<string> Text = Gen.String[Gen.Char["a-zA-Z0-9 ,.'£%&<>\"\u00e9\u2013"], 0, 40];

    private static readonly Gen<LocalDate> Date = Gen.Select(Gen.Int[2015, 2030], Gen.Int[1, 12], Gen.Int[1, 28]).Select((y, m, d) => new LocalDate(y, m, d));

    private static readonly Gen<StageRecord> Stage = Gen.Select(Gen.Enum<ProblemSolvingStage>(), Text, Date.Nullable()).Select((s, t, d) => new StageRecord(s, t, d));

    private static readonly Gen<ProblemSolvingPlan> Plan =
        Gen.Select(Text, Text, Gen.Enum<ProblemSolvingMethod>(), Text.Null(), Text.Array[0, 3], Text.Null(), Stage.Array[0, 5], Date.Array[0, 3])
            .Select((reference, title, method, area, crimes, owner, stages, reviews) => new ProblemSolvingPlan
            {
                Reference = reference,
                Title = title,
                Method = method,
                Area = area,
                CrimeTypes = crimes,
                Owner = owner,
                Stages = stages,
                Reviews = reviews,
            })
            .Select(Gen.Enum<ProblemSolvingStatus>(), Text.Null(), Date.Nullable(), (p, status, evaluation, closed) => p with { Status = status, Evaluation = evaluation, Closed = closed, Lessons = evaluation });

    [Fact]
    public void Whatever_is_written_reads_back_equal()
    {
        Gen.Select(Date, Gen.Int[1, 24], Plan.Array[0, 6], Text.Null()).Sample((asOf, every, plans, name) =>
        {
            var register = new ProblemSolvingRegister { Name = name, AsOf = asOf, ReviewEveryMonths = every, Plans = plans };
            var json = ProblemSolvingJson.Write(register);
            var back = ProblemSolvingJson.Read(new StringReader(json), "register.json");
            Assert.Empty(back.Findings);
            Assert.NotNull(back.Value);
            Assert.Equal(register.AsOf, back.Value.AsOf);
            Assert.Equal(register.ReviewEveryMonths, back.Value.ReviewEveryMonths);
            Assert.Equal(plans.Select(p => (p.Reference, p.Title, p.Method, p.Owner, p.Status, p.Evaluation, p.Closed)), back.Value.Plans.Select(p => (p.Reference, p.Title, p.Method, p.Owner, p.Status, p.Evaluation, p.Closed)));
            Assert.Equal(plans.SelectMany(p => p.Stages), back.Value.Plans.SelectMany(p => p.Stages));
            Assert.Equal(plans.SelectMany(p => p.Reviews), back.Value.Plans.SelectMany(p => p.Reviews));
            Assert.Equal(json, ProblemSolvingJson.Write(back.Value));
        }, iter: 200);
    }

    [Fact]
    public void A_plan_that_cannot_be_read_is_left_out_with_its_line_and_the_rest_are_read()
    {
        const string json = """
            {
              "format": "nhp-problem-solving",
              "version": 1,
              "asOf": "2024-03-31",
              "plans": [
                { "reference": "PS-1", "title": "Cycle theft", "owner": "PS Smith" },
                { "reference": "PS-2", "title": "Begging", "method": "pdca" }
              ]
            }
            """;
        var result = ProblemSolvingJson.Read(new StringReader(json), "register.json");
        Assert.Equal(["PS-1"], result.Value!.Plans.Select(p => p.Reference));
        var finding = Assert.Single(result.Findings);
        Assert.Equal(ProblemSolvingImportRules.ItemInvalid, finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(7, finding.Location?.Line);
    }

    [Fact]
    public void Another_format_is_refused_with_what_this_reader_reads()
    {
        var e = Assert.Throws<NhpInputException>(() => ProblemSolvingJson.Read(new StringReader("{ \"format\": \"nhp-engagement\", \"version\": 1 }"), "x.json"));
        Assert.Contains("nhp-problem-solving", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_review_is_due_the_review_period_after_the_last_review_or_the_opening()
    {
        var plan = new ProblemSolvingPlan { Reference = "PS-1", Title = "T", Opened = new LocalDate(2024, 1, 15) };
        Assert.Equal(new LocalDate(2024, 4, 15), plan.NextReviewDue(3));
        Assert.Equal(new LocalDate(2024, 6, 2), (plan with { Reviews = [new LocalDate(2024, 3, 2), new LocalDate(2024, 2, 1)] }).NextReviewDue(3));
        Assert.Null((plan with { Status = ProblemSolvingStatus.Closed }).NextReviewDue(3));
        Assert.True(plan.IsReviewOverdue(new LocalDate(2024, 4, 16), 3));
        Assert.False(plan.IsReviewOverdue(new LocalDate(2024, 4, 15), 3));
    }
}
