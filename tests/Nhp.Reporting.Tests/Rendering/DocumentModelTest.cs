using Nhp.Reporting.Documents;

namespace Nhp.Reporting.Tests.Rendering;

public sealed class DocumentModelTest
{
    [Fact]
    public void When_a_row_has_fewer_cells_than_the_table_has_columns_then_the_table_is_refused_naming_the_row()
    {
        var error = Assert.Throws<ArgumentException>(() => new Table([new TableColumn("a"), new TableColumn("b")], [TableRow.Of("x", "y"), TableRow.Of("z")]));
        Assert.Contains("Row 2 has 1 cells, but the table has 2 columns", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<svg><script>alert(1)</script></svg>")]
    [InlineData("<svg onload=\"alert(1)\"></svg>")]
    [InlineData("<svg><a href=\"javascript:alert(1)\"/></svg>")]
    [InlineData("<svg><image href=\"http://example.org/x.png\"/></svg>")]
    [InlineData("<div></div>")]
    public void When_a_figure_carries_script_or_is_not_one_svg_element_then_it_is_refused(string svg) =>
        Assert.Throws<ArgumentException>(() => new Figure("t", "d", svg));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,x")]
    [InlineData("../secret.html")]
    [InlineData(".hidden")]
    [InlineData("folder/report.html")]
    public void When_a_link_would_run_script_then_it_is_refused(string target) =>
        Assert.Throws<ArgumentException>(() => new Link("x", target));

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void Headings_below_the_title_are_levels_2_to_6(int level) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Heading(level, ["x"]));
}
