using System.Text;
using CsCheck;
using Nhp.Text;

namespace Nhp.Domain.Tests.Text;

public sealed class CsvTest
{
    [Theory]
    [InlineData("=SUM(A1:A2)", "'=SUM(A1:A2)")]
    [InlineData("+44 20", "'+44 20")]
    [InlineData("-1", "'-1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("'quoted'", "''quoted'")]
    [InlineData("plain", "plain")]
    public void A_text_field_that_could_run_as_a_formula_is_guarded_with_an_apostrophe(string value, string expected) =>
        Assert.Equal(expected, Csv.TextField(value));

    [Fact]
    public void A_carriage_return_at_the_start_is_guarded_and_the_field_quoted() =>
        Assert.Equal("\"'\rx\"", Csv.TextField("\rx"));

    [Theory]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Fields_with_commas_quotes_or_line_breaks_are_quoted_with_doubled_quotes(string value, string expected) =>
        Assert.Equal(expected, Csv.TextField(value));

    [Fact]
    public void A_plain_field_keeps_a_leading_minus_so_numbers_stay_numbers() =>
        Assert.Equal("-26", Csv.PlainField("-26"));

    [Fact]
    public void Records_are_read_with_the_line_on_which_they_start()
    {
        var text = "code,summary\n1.1,\"first\nsecond\"\n\n1.2,x\r\n";

        var records = Csv.Read(new StringReader(text)).ToList();

        Assert.Equal(3, records.Count);
        Assert.Equal(1, records[0].Line);
        Assert.Equal(["1.1", "first\nsecond"], records[1].Fields);
        Assert.Equal(2, records[1].Line);
        Assert.Equal(5, records[2].Line);
        Assert.Equal(["1.2", "x"], records[2].Fields);
    }

    [Fact]
    public void A_byte_order_mark_at_the_start_is_not_part_of_the_first_field() =>
        Assert.Equal("code", Csv.Read(new StringReader("\uFEFFcode,x\n")).Single().Fields[0]);

    [Fact]
    public void An_unclosed_quote_is_reported_with_the_source_and_line()
    {
        var error = Assert.Throws<NhpInputException>(() => Csv.Read(new StringReader("a,b\n1,\"open\n"), "plan.csv").ToList());

        Assert.Equal("plan.csv", error.Location?.Source);
        Assert.Equal(2, error.Location?.Line);
        Assert.Contains("not closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_reported_with_its_line()
    {
        var error = Assert.Throws<NhpInputException>(() => Csv.Read(new StringReader("a\n\"x\"y,z\n"), "f.csv").ToList());

        Assert.Equal(2, error.Location?.Line);
    }

    [Fact]
    public void Whatever_is_written_reads_back_equal()
    {
        // Printable ASCII plus the characters that matter to CSV and to spreadsheets.
        var character = Gen.OneOf<char>(Gen.Char[' ', '~'], Gen.OneOf(',', '"', '\n', '\t', '\'', '=', '-', '+', '@', '£'));
        var field = Gen.OneOf<string>(character.Array[0, 12].Select(chars => new string(chars)), Gen.OneOf("", "=1+1", "-5", "'x", "line\nbreak"));
        var records = field.Array[1, 5].Array[1, 6];

        records.Sample(rows =>
        {
            var builder = new StringBuilder();
            foreach (var row in rows)
            {
                Csv.AppendRecord(builder, row.Select(Csv.TextField).ToArray());
            }

            // A record of one empty field is an empty line, which readers skip.
            var expected = rows.Where(r => !(r.Length == 1 && r[0].Length == 0)).ToArray();
            var read = Csv.Read(new StringReader(builder.ToString())).ToList();
            Assert.Equal(expected.Length, read.Count);
            for (var i = 0; i < expected.Length; i++)
            {
                Assert.Equal(expected[i], read[i].Fields.Select(Csv.Unguard).ToArray());
            }
        });
    }
}
