using Nhp.Governance;
using Nhp.Governance.Tables;

namespace Nhp.Datasets.CityOfLondon.Tests.Governance;

public sealed class CityOfLondonGovernanceTest
{
    private static GovernanceData Data => CityOfLondonDataset.February2024.Governance!;

    [Fact]
    public void The_inspection_figures_are_the_papers()
    {
        var printed = Data.InspectionActions!.Printed!;

        Assert.Equal(
            [200, 142, 57, 109, 58, 51, 23, 86],
            new[] { printed.OpenAtStart, printed.Closed, printed.New, printed.OpenAtEnd, printed.OpenHistoric, printed.OpenNew, printed.OpenForceSpecific, printed.OpenNational }.Select(f => f!.Value));
        var finding = Assert.Single(GovernanceRules.CheckActions(Data.InspectionActions));
        Assert.Equal(GovernanceRules.ActionTotalsDoNotReconcile, finding.RuleId);
        foreach (var figure in new[] { "200", "142", "57", "115", "109" })
        {
            Assert.Contains(figure, finding.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_three_modern_slavery_tables_have_the_papers_counts_and_totals()
    {
        var set = Data.ModernSlavery!;
        var age = set.Find("victims-by-age")!;
        var ethnicity = set.Find("victims-by-ethnicity")!;
        var outcomes = set.Find("outcomes")!;

        // As printed: female 3+2+4+1+0+0+0 = 10, male 8+11+7+2+2+1+0 = 31, 41 in all.
        Assert.Equal([10, 31], Enumerable.Range(0, 2).Select(age.RowTotal));
        Assert.Equal(["11-17", "18-25", "26-35", "36-45", "46-55", "56-65", "+65"], age.Columns.Categories);
        Assert.Equal([7, 18, 4, 2, 3, 7], Enumerable.Range(0, 6).Select(ethnicity.ColumnTotal));
        Assert.Equal(
            ["1. Charged", "14: Victim declines/unable to support action to identify offender", "16: Victim declines/withdraws support - named suspect identified", "18: Investigation complete no suspect identified", "20: Other body/agency has investigation primacy", "nresolved"],
            outcomes.Rows.Categories);
        Assert.Equal([18, 5, 3, 6, 9], Enumerable.Range(0, 5).Select(outcomes.ColumnTotal));
        Assert.Equal([2.44m, 24.39m, 4.88m, 60.98m, 4.88m, 2.44m], outcomes.Percentages!.Values);
        Assert.All(set.Tables, t => Assert.Equal(41, t.GrandTotal));
    }

    [Fact]
    public void Every_printed_total_agrees_and_the_statements_are_checked_against_the_tables()
    {
        var findings = GovernanceRules.CheckTables(Data.ModernSlavery!);

        Assert.DoesNotContain(findings, f => f.RuleId is GovernanceRules.TableTotalDiffers or GovernanceRules.TablePercentageDiffers or GovernanceRules.TableStatementCountDiffers);

        // "Among the victims who declared their ethnicity ... 43% (n=18)": 18 of the 34 who declared is 52.9%; 18 of all 41 is 43.9%.
        var declared = findings.Where(f => f.RuleId == GovernanceRules.TableStatementPercentageDiffers && f.Severity == Findings.Severity.Warning).ToArray();
        Assert.Equal(2, declared.Length);
        Assert.Contains("18 of 34 (WHITE SE, WHITE NE, BLACK, ASIAN, SE ASIAN) is 52.9%", declared[0].Message, StringComparison.Ordinal);
        Assert.Contains("18 of 41 is 43.9%", declared[0].Message, StringComparison.Ordinal);

        // "60% ... outcome 18": 25 of 41 is 61.0%, which rounds to 61%: cut off, a note only.
        var cut = Assert.Single(findings, f => f.RuleId == GovernanceRules.TableStatementPercentageDiffers && f.Severity == Findings.Severity.Info);
        Assert.Contains("25 of the table's total of 41 is 61.0%", cut.Message, StringComparison.Ordinal);

        // "0.13% of all crime ... (n=9)": its denominator is not in the tables; n=9 is 2023's total.
        Assert.Single(findings, f => f.RuleId == GovernanceRules.TableStatementUnchecked);
    }
}
