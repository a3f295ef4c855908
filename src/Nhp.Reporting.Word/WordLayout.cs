namespace Nhp.Reporting.Word;

// The page every Word document is laid out on: A4 portrait with 2 cm margins, so 17 cm of text width.
internal static class WordLayout
{
    public const int PageWidthTwips = 11906;
    public const int PageHeightTwips = 16838;
    public const int MarginTwips = 1134;
    public const int HeaderFooterTwips = 567;
    public const int TextWidthTwips = PageWidthTwips - (2 * MarginTwips);
    public const long TextWidthEmu = TextWidthTwips * 635L;
}
