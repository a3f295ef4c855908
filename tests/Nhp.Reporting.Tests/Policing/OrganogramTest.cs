using Nhp.Policing;
using Nhp.Reporting.Documents;
using Nhp.Reporting.Policing;
using NodaTime;

namespace Nhp.Reporting.Tests.Policing;

/// <summary>The organogram of the policing-model report and the tree it draws.</summary>
public sealed class OrganogramTest
{
    private static PolicingModel Model(params PolicingUnit[] units) => new() { Name = "Model", AsOf = new LocalDate(2021, 6, 22), Units = units };

    private static PolicingUnit Unit(string name, string? partOf = null) => new() { Name = name, PartOf = partOf };

    [Fact]
    public void Units_hang_under_the_unit_they_are_part_of_each_once()
    {
        var trees = UnitTree.Of(Model(Unit("Team", "Sector"), Unit("Command"), Unit("Sector", "Command"), Unit("Orphan", "Nowhere"), Unit("Loop A", "Loop B"), Unit("Loop B", "Loop A")));
        Assert.Equal(["Command", "Orphan", "Loop A"], trees.Select(t => t.Unit.Name));
        Assert.Equal("Team", trees[0].Children.Single().Children.Single().Unit.Name);
        Assert.Equal("Loop B", trees[2].Children.Single().Unit.Name);
        Assert.Equal(3, trees[0].Depth);
    }

    [Fact]
    public void A_chain_deeper_than_a_list_may_nest_is_listed_flat_at_the_last_level()
    {
        var units = Enumerable.Range(0, 30).Select(i => Unit("U" + i, i == 0 ? null : "U" + (i - 1))).ToArray();
        var tree = Assert.Single(UnitTree.Of(Model(units)));
        Assert.Equal(NestedList.MaxDepth, tree.Depth);
        var deepest = tree;
        while (deepest.Children.Count == 1 && !deepest.Children[0].Flattened)
        {
            deepest = deepest.Children[0];
        }

        Assert.Equal(30 - (NestedList.MaxDepth - 1), deepest.Children.Count);
        Assert.All(deepest.Children, c => Assert.True(c.Flattened));
    }

    [Fact]
    public void A_unit_below_establishment_is_outlined_in_red_with_its_gap_and_text_is_escaped()
    {
        var model = Model(Unit("<Command> & \"co\""), new PolicingUnit { Name = "PCSOs", PartOf = "<Command> & \"co\"", Staffing = [new Staffing("PCSO", 5, 4)] });
        var svg = Organogram.Svg(UnitTree.Of(model), "org", "Organogram <x>", "Desc & more");
        Assert.Contains("stroke=\"#d4351c\"", svg, StringComparison.Ordinal);
        Assert.Contains("fill=\"#d4351c\">PCSO: 4 of 5 (1 post</text>", svg, StringComparison.Ordinal);
        Assert.Contains("fill=\"#d4351c\">unfilled)</text>", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;Command&gt; &amp; &quot;co&quot;", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<Command>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        System.Xml.Linq.XDocument.Parse(svg);
        Assert.Equal(svg, Organogram.Svg(UnitTree.Of(model), "org", "Organogram <x>", "Desc & more"));
    }

    [Fact]
    public void A_name_too_long_for_its_box_is_cut_with_an_ellipsis()
    {
        var svg = Organogram.Svg(UnitTree.Of(Model(Unit("The Partnership and Prevention Hub of the Sector Policing Model of the City"))), "org", "T", "D");
        Assert.Contains(">The Partnership and</text>", svg, StringComparison.Ordinal);
        Assert.Contains("\u2026</text>", svg, StringComparison.Ordinal);
    }
}
