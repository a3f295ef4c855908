using System.Text;
using CsCheck;
using Nhp.Reporting.Engagement;

namespace Nhp.Reporting.Tests.Engagement;

public sealed class ICalendarTextTest
{
    private static string Fold(string line)
    {
        var ics = new StringBuilder();
        ICalendarText.AppendLine(ics, line);
        return ics.ToString();
    }

    [Fact]
    public void A_line_of_exactly_75_octets_is_not_folded_and_one_of_76_is()
    {
        Assert.Equal(new string('a', 75) + "\r\n", Fold(new string('a', 75)));
        Assert.Equal(new string('a', 75) + "\r\n a\r\n", Fold(new string('a', 76)));
    }

    [Fact]
    public void A_multi_byte_character_that_would_cross_the_75th_octet_moves_whole_to_the_next_line()
    {
        // 74 ASCII octets, then "é" (2 octets) would end at octet 76.
        Assert.Equal(new string('a', 74) + "\r\n é\r\n", Fold(new string('a', 74) + "é"));
    }

    [Fact]
    public void An_escape_is_never_split_across_lines()
    {
        var folded = Fold(new string('a', 74) + "\\,b");
        Assert.Equal(new string('a', 74) + "\r\n \\,b\r\n", folded);
    }

    [Fact]
    public void Any_text_folds_into_lines_of_at_most_75_octets_and_unfolds_to_itself() =>
        Gen.String[Gen.Char, 0, 400].Select(s => s.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal))
            .Sample(text =>
            {
                var line = "DESCRIPTION:" + ICalendarText.Escape(text);
                var folded = Fold(line);
                Assert.EndsWith("\r\n", folded, StringComparison.Ordinal);
                foreach (var physical in folded[..^2].Split("\r\n"))
                {
                    Assert.True(Encoding.UTF8.GetByteCount(physical) <= 75);
                }

                Assert.Equal(line, folded[..^2].Replace("\r\n ", string.Empty, StringComparison.Ordinal));
            });

    [Fact]
    public void Escaping_then_unescaping_gives_back_the_text_with_line_breaks_as_LF() =>
        Gen.String[Gen.OneOf(Gen.Char.AlphaNumeric, Gen.Const(','), Gen.Const(';'), Gen.Const('\\'), Gen.Const('\n'), Gen.Const(' ')), 0, 80]
            .Sample(text => Assert.Equal(text, Unescape(ICalendarText.Escape(text))));

    private static string Unescape(string value)
    {
        var text = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                text.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
            }
            else
            {
                text.Append(value[i]);
            }
        }

        return text.ToString();
    }
}
