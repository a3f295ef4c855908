using CsCheck;
using Nhp.Delivery;

namespace Nhp.Domain.Tests.Delivery;

public sealed class DeliverableCodeTest
{
    private static readonly Gen<DeliverableCode> Codes =
        Gen.Select(Gen.Int[0, DeliverableCode.MaxPart], Gen.Int[1, DeliverableCode.MaxPart], (o, n) => new DeliverableCode(o, n));

    [Fact]
    public void When_a_code_is_parsed_then_its_objective_and_number_are_read()
    {
        var code = DeliverableCode.Parse("3.10");
        Assert.Equal(3, code.Objective);
        Assert.Equal(10, code.Number);
        Assert.Equal("3.10", code.ToString());
    }

    [Fact]
    public void When_codes_are_sorted_then_they_sort_numerically_not_as_text()
    {
        var codes = new[] { "1.10", "2.1", "1.2", "0.4", "1.1" }.Select(DeliverableCode.Parse).Order().Select(c => c.ToString());
        Assert.Equal(["0.4", "1.1", "1.2", "1.10", "2.1"], codes);
        Assert.True(DeliverableCode.Parse("1.2") < DeliverableCode.Parse("1.10"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("1.")]
    [InlineData(".1")]
    [InlineData("1.0")]
    [InlineData("01.2")]
    [InlineData("1.02")]
    [InlineData("1.2.3")]
    [InlineData("A.1")]
    [InlineData("1,2")]
    [InlineData("1000.1")]
    [InlineData("-1.2")]
    public void When_the_text_is_not_a_code_then_TryParse_is_false(string text)
    {
        Assert.False(DeliverableCode.TryParse(text, out _));
    }

    [Fact]
    public void When_the_text_is_not_a_code_then_Parse_says_what_was_read_and_the_accepted_forms()
    {
        var error = Assert.Throws<NhpInputException>(() => DeliverableCode.Parse("A.1", new Nhp.Findings.SourceLocation("plan.txt", 12)));
        Assert.Contains("'A.1'", error.Message, StringComparison.Ordinal);
        Assert.Contains("plan.txt:12", error.Message, StringComparison.Ordinal);
        Assert.Contains("1.10", error.Message, StringComparison.Ordinal);
        Assert.Equal("code", error.Field);
    }

    [Fact]
    public void When_a_part_is_out_of_range_then_the_constructor_names_the_argument()
    {
        Assert.Equal("objective", Assert.Throws<ArgumentOutOfRangeException>(() => new DeliverableCode(-1, 1)).ParamName);
        Assert.Equal("number", Assert.Throws<ArgumentOutOfRangeException>(() => new DeliverableCode(1, 0)).ParamName);
    }

    [Fact]
    public void When_surrounding_white_space_is_present_then_it_is_ignored()
    {
        Assert.Equal(new DeliverableCode(4, 15), DeliverableCode.Parse(" 4.15\t"));
    }

    [Fact]
    public void Any_code_written_reads_back_equal() =>
        Codes.Sample(code => Assert.Equal(code, DeliverableCode.Parse(code.ToString())));

    [Fact]
    public void Comparison_agrees_with_comparing_the_parts_and_with_equality() =>
        Gen.Select(Codes, Codes).Sample((a, b) =>
        {
            var expected = a.Objective != b.Objective ? a.Objective.CompareTo(b.Objective) : a.Number.CompareTo(b.Number);
            Assert.Equal(Math.Sign(expected), Math.Sign(a.CompareTo(b)));
            Assert.Equal(expected == 0, a == b);
            Assert.True(a != b || a.GetHashCode() == b.GetHashCode());
        });

    [Fact]
    public void When_deconstructed_then_the_parts_come_out()
    {
        var (objective, number) = DeliverableCode.Parse("2.7");
        Assert.Equal((2, 7), (objective, number));
    }
}
