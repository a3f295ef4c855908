using Nhp.Governance;
using Nhp.Governance.Tables;

namespace Nhp.Domain.Tests.Governance.Tables;

public sealed class TextTableReaderTest
{
    private static readonly TextTableOptions Options = new() { Id = "t", Title = "T", RowDimension = "Rows", ColumnDimension = "Columns" };

    private static Nhp.Importing.ImportResult<CrossTab> Read(string text) => TextTableReader.Read(new StringReader(text), "t.txt", Options);

    [Fact]
    public void A_label_wrapped_over_lines_is_joined_and_takes_the_figures_of_its_last_line()
    {
        var result = Read("OUTCOME\t2022\t2023\tTOTAL\t% OUTCOME\n1. Charged\t1\t0\t1\t25.00\n14: Victim\t\t\t\t\ndeclines to\nsupport\t2\t1\t3\t75.00\nTOTAL\t3\t1\t4\t\n");

        Assert.Empty(result.Findings);
        var table = result.Value!;
        Assert.Equal(["1. Charged", "14: Victim declines to support"], table.Rows.Categories);
        Assert.Equal(["2022", "2023"], table.Columns.Categories);
        Assert.Equal([2, 1], table.Counts[1]);
        Assert.Equal(3, table.RowLocations[1]!.Line);
        Assert.Equal([1, 3], table.PrintedRowTotals);
        Assert.Equal([3, 1], table.PrintedColumnTotals);
        Assert.Equal(4, table.PrintedGrandTotal);
        Assert.Equal([25.00m, 75.00m], table.Percentages!.Values);
        Assert.Equal(("% OUTCOME", 2), (table.Percentages.Header, table.Percentages.Decimals));
    }

    [Fact]
    public void A_column_with_a_header_and_no_figures_is_a_label_not_a_category()
    {
        var table = Read("\tAGE\t11-17\t18-25\tTOTAL\nFEMALE\t\t3\t2\t5\nMALE\t\t8\t11\t19\n").Value!;

        Assert.Equal("AGE", table.CornerText);
        Assert.Equal(["11-17", "18-25"], table.Columns.Categories);
        Assert.Equal(24, table.GrandTotal);
    }

    [Fact]
    public void A_figure_that_is_not_a_number_leaves_its_row_out_with_a_located_finding()
    {
        var result = Read("T\tA\tB\nx\t1\ttwo\ny\t3\t4\n");

        var finding = Assert.Single(result.Findings);
        Assert.Equal((GovernanceImportRules.ValueInvalid, "B", 2), (finding.RuleId, finding.Field, finding.Location!.Line));
        Assert.Equal(["y"], result.Value!.Rows.Categories);
    }

    [Fact]
    public void A_label_that_never_gets_its_figures_is_reported()
    {
        var result = Read("T\tA\nx\t1\ndangling\n");

        Assert.Equal(GovernanceImportRules.RowMalformed, Assert.Single(result.Findings).RuleId);
    }

    [Fact]
    public void An_empty_input_is_unusable() => Assert.Throws<NhpInputException>(() => Read("\n \n"));
}
