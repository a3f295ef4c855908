using CsCheck;
using Nhp.Findings;
using Nhp.Integrity;

namespace Nhp.Domain.Tests.Integrity;

public sealed class CdiReviewCsvTest
{
    private const string Title = "title,Review\n";

    private static CdiReview Read(string csv) => CdiReviewCsv.Read(new StringReader(csv), "audit.csv").GetValueOrThrow();

    private static ImportResult<CdiReview> Import(string csv) => CdiReviewCsv.Read(new StringReader(csv), "audit.csv");

    private static Finding SingleFinding(string csv, string ruleId) =>
        Assert.Single(Read(csv).Check(), f => f.RuleId == ruleId);

    [Fact]
    public void More_recorded_than_disclosed_is_an_error_naming_the_category_the_field_and_the_line()
    {
        var finding = SingleFinding(Title + "category,violence,40,49\n", "cdi.audit.recorded-above-disclosed");

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(("Violence", "recorded"), (finding.Subject, finding.Field));
        Assert.Equal(new SourceLocation("audit.csv", 2), finding.Location);
        Assert.Equal("Violence: 49 crimes recorded but only 40 disclosed; recorded cannot exceed disclosed (are the columns swapped?).", finding.Message);
    }

    [Fact]
    public void A_negative_count_is_an_error_on_its_line()
    {
        var finding = SingleFinding(Title + "\ncategory,n100,-22,16\n", "cdi.audit.count-negative");

        Assert.Equal(new SourceLocation("audit.csv", 3), finding.Location);
        Assert.Equal("disclosed", finding.Field);
        Assert.Contains("-22", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_disclosed_is_an_error_because_there_is_no_rate()
    {
        var review = Read(Title + "category,other,0,0\n");

        var finding = Assert.Single(review.Check());
        Assert.Equal("cdi.audit.nothing-disclosed", finding.RuleId);
        Assert.Null(review.Categories[0].Compliance);
    }

    [Fact]
    public void An_empty_sampling_period_and_one_that_ends_before_it_starts_are_errors()
    {
        Assert.Single(Read(Title + "sample, \n").Check(), f => f.RuleId == "cdi.period.empty");
        var finding = SingleFinding(Title + "sample,Summer,2023-09-01,2023-07-01\n", "cdi.period.reversed");
        Assert.Contains("ends (2023-07-01) before it starts (2023-09-01)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_flag_audit_period_is_an_error() =>
        SingleFinding(Title + "flags,\nflag,Hate,1,0,0\n", "cdi.period.empty");

    [Fact]
    public void A_flag_listed_twice_is_an_error_on_the_second_line()
    {
        var finding = SingleFinding(Title + "flags,Q3\nflag,Hate,1,,\nflag,Alcohol,6,4,4\nflag,hate,2,,\n", "cdi.flags.flag-repeated");

        Assert.Equal(new SourceLocation("audit.csv", 5), finding.Location);
        Assert.Equal("flag Hate", finding.Subject);
    }

    [Fact]
    public void A_negative_flag_count_is_an_error() =>
        Assert.Equal(new SourceLocation("audit.csv", 3), SingleFinding(Title + "flags,Q3\nflag,CSE,2,-1,\n", "cdi.flags.count-negative").Location);

    [Fact]
    public void A_category_listed_twice_is_an_error() =>
        Assert.Equal(new SourceLocation("audit.csv", 3), SingleFinding(Title + "category,violence,49,40\ncategory,VIOLENCE,1,1\n", "cdi.audit.category-repeated").Location);

    [Fact]
    public void Impossible_timeliness_counts_are_an_error() =>
        Assert.Equal("Q2", SingleFinding(Title + "timeliness,Q2,12,10\n", "cdi.timeliness.count-invalid").Subject);

    [Fact]
    public void A_repeated_recommendation_number_is_an_error() =>
        SingleFinding(Title + "recommendation,1,Do a thing,FCIR,February 2024\nrecommendation,1,Do another,FCIR,March 2024\n", "cdi.recommendation.number-repeated");

    [Fact]
    public void An_unknown_category_is_an_error_finding_with_its_line_and_the_accepted_forms_and_the_rest_is_read()
    {
        var import = Import(Title + "category,burglary,10,9\ncategory,violence,49,40\n");

        var finding = Assert.Single(import.Findings);
        Assert.Equal((CdiImportRules.ValueInvalid, new SourceLocation("audit.csv", 2), "category"), (finding.RuleId, finding.Location, finding.Field));
        Assert.Contains("custom:<name>", finding.Message, StringComparison.Ordinal);
        Assert.StartsWith("Unknown audit category 'burglary'.", finding.Message, StringComparison.Ordinal);
        Assert.Single(import.GetValueOrThrow().Categories);
    }

    [Fact]
    public void The_audits_a_category_came_from_are_kept() =>
        Assert.Equal(["May journey audit", "September journey audit"], Read(Title + "category,violence,49,40,81.6,May journey audit; September journey audit\n").Categories[0].Audits);

    [Fact]
    public void A_custom_category_is_accepted()
    {
        var review = Read(Title + "category,custom:Fraud,10,9\n");

        Assert.Equal("Fraud", review.Categories[0].Category.Name);
        Assert.Empty(review.Check());
    }

    [Theory]
    [InlineData("category,violence,forty-nine,40", "disclosed")]
    [InlineData("category,violence,49", "recorded")]
    [InlineData("overall,177,160,ninety", "printed %")]
    [InlineData("sample,Summer,1/7/2023", "start")]
    [InlineData("equality,shoe size,always", "field")]
    [InlineData("equality,age,sometimes", "policy")]
    [InlineData("equality,age,always,5,4", "recorded")]
    [InlineData("recommendation,1,Text,Owner,March 2024,purple", "status")]
    [InlineData("policy,92,5,bayes", "method")]
    [InlineData("policy,920", "policy")]
    [InlineData("complaince,1", "record")]
    public void A_line_that_cannot_be_read_is_an_error_finding_naming_the_line_and_field(string line, string field)
    {
        var import = Import(Title + line + "\n" + line + "\n");

        Assert.True(import.HasValue);
        Assert.Equal([2, 3], import.Findings.Select(f => f.Location!.Line!.Value));
        Assert.All(import.Findings, f => Assert.Equal((Severity.Error, field), (f.Severity, f.Field)));
    }

    [Fact]
    public void A_file_without_a_title_has_no_value_and_a_finding() =>
        Assert.Equal(CdiImportRules.TitleMissing, Assert.Single(Import("category,violence,49,40\n").Findings).RuleId);

    [Fact]
    public void An_empty_file_is_refused() =>
        Assert.Throws<NhpInputException>(() => Import("# only a comment\n"));

    [Fact]
    public void A_policy_line_sets_the_compliance_policy()
    {
        var policy = Read(Title + "policy,92,3,exact,90\n").Policy!;

        Assert.Equal((0.92, 0.03, IntervalMethod.ClopperPearson, 0.90), (policy.Target, policy.AmberBand, policy.Method, policy.Confidence), new ToleranceComparer());
    }

    [Fact]
    public void No_input_crashes_the_reader_or_the_checks()
    {
        var kind = Gen.OneOf(Gen.Const("category"), Gen.Const("overall"), Gen.Const("flag"), Gen.Const("flags"), Gen.Const("timeliness"), Gen.Const("sample"), Gen.Const("equality"), Gen.Const("recommendation"), Gen.Const("policy"), Gen.Const("title"), Gen.Const("x"));
        var field = Gen.OneOf(Gen.Const(""), Gen.Const("-1"), Gen.Const("0"), Gen.Const("7"), Gen.Const("2147483647"), Gen.Const("violence"), Gen.Const("always"), Gen.Const("Hate"), Gen.Const("2023-07-01"), Gen.Const("92.5"), Gen.Const("\"a,b\""), Gen.String[0, 5]);
        var line = Gen.Select(kind, field.Array[0, 7], (k, f) => k + (f.Length == 0 ? string.Empty : "," + string.Join(",", f)));
        line.Array[0, 8].Sample(lines =>
        {
            try
            {
                Read(Title + string.Join("\n", lines) + "\n").Check();
            }
            catch (NhpInputException)
            {
                // A clear, located refusal is an accepted outcome; anything else fails the property.
            }
        });
    }

    private sealed class ToleranceComparer : IEqualityComparer<(double, double, IntervalMethod, double)>
    {
        public bool Equals((double, double, IntervalMethod, double) x, (double, double, IntervalMethod, double) y) =>
            Math.Abs(x.Item1 - y.Item1) < 1e-12 && Math.Abs(x.Item2 - y.Item2) < 1e-12 && x.Item3 == y.Item3 && Math.Abs(x.Item4 - y.Item4) < 1e-12;

        public int GetHashCode((double, double, IntervalMethod, double) obj) => obj.Item3.GetHashCode();
    }
}
