using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Nhp.Reporting.Word;

// The styles part: Normal, Heading1..Heading6 (with outline levels, so Word's navigation pane and a table of contents
// see them), and the paragraph, character and table styles the renderer uses. Every style the body names is here.
internal static class WordStyles
{
    public const string Normal = "Normal";
    public const string Note = "Note";
    public const string Caption = "Caption";
    public const string ListBullet = "ListBullet";
    public const string Footer = "Footer";
    public const string TableText = "TableText";
    public const string CodeChar = "CodeChar";
    public const string HyperlinkChar = "Hyperlink";
    public const string TableGrid = "TableGrid";
    public const string ContentsTitle = "TOCHeading";

    // Half-points: 11 pt body text; headings from 16 pt down to 11 pt.
    private static readonly int[] HeadingSizes = [32, 28, 26, 24, 22, 22];

    public static string Heading(int level) => "Heading" + level.ToString(CultureInfo.InvariantCulture);

    // Word's own names for the table of contents' entry styles ("toc 1" … "toc 6"), so an update of the field keeps them.
    public static string ContentsEntry(int level) => "TOC" + level.ToString(CultureInfo.InvariantCulture);

    public static Styles Build()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
                    new FontSize { Val = "22" },
                    new FontSizeComplexScript { Val = "22" },
                    new Languages { Val = "en-GB" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(new Style(
            new StyleName { Val = "Normal" },
            new PrimaryStyle())
        { Type = StyleValues.Paragraph, StyleId = Normal, Default = true });

        for (var level = 1; level <= 6; level++)
        {
            styles.Append(new Style(
                new StyleName { Val = "heading " + level.ToString(CultureInfo.InvariantCulture) },
                new BasedOn { Val = Normal },
                new NextParagraphStyle { Val = Normal },
                new UIPriority { Val = 9 },
                new PrimaryStyle(),
                new StyleParagraphProperties(
                    new KeepNext(),
                    new KeepLines(),
                    new SpacingBetweenLines { Before = level == 1 ? "0" : "240", After = "120" },
                    new OutlineLevel { Val = level - 1 }),
                new StyleRunProperties(
                    new Bold(),
                    new FontSize { Val = HeadingSizes[level - 1].ToString(CultureInfo.InvariantCulture) },
                    new FontSizeComplexScript { Val = HeadingSizes[level - 1].ToString(CultureInfo.InvariantCulture) }))
            { Type = StyleValues.Paragraph, StyleId = Heading(level) });
        }

        styles.Append(new Style(
            new StyleName { Val = "Note" },
            new BasedOn { Val = Normal },
            new StyleParagraphProperties(
                new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 24, Space = 8, Color = "B1B4B6" }),
                new Indentation { Left = "284" }),
            new StyleRunProperties(new Color { Val = "505A5F" }))
        { Type = StyleValues.Paragraph, StyleId = Note, CustomStyle = true });

        styles.Append(new Style(
            new StyleName { Val = "caption" },
            new BasedOn { Val = Normal },
            new NextParagraphStyle { Val = Normal },
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "60" }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" }))
        { Type = StyleValues.Paragraph, StyleId = Caption });

        styles.Append(new Style(
            new StyleName { Val = "List Bullet" },
            new BasedOn { Val = Normal },
            new StyleParagraphProperties(
                new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = WordNumbering.BulletId }),
                new SpacingBetweenLines { After = "60" }))
        { Type = StyleValues.Paragraph, StyleId = ListBullet });

        styles.Append(new Style(
            new StyleName { Val = "footer" },
            new BasedOn { Val = Normal },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }, new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" }))
        { Type = StyleValues.Paragraph, StyleId = Footer });

        styles.Append(new Style(
            new StyleName { Val = "Table Text" },
            new BasedOn { Val = Normal },
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "40", After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" }))
        { Type = StyleValues.Paragraph, StyleId = TableText, CustomStyle = true });

        styles.Append(new Style(
            new StyleName { Val = "Code Char" },
            new StyleRunProperties(new RunFonts { Ascii = "Consolas", HighAnsi = "Consolas", ComplexScript = "Consolas" }))
        { Type = StyleValues.Character, StyleId = CodeChar, CustomStyle = true });

        styles.Append(new Style(
            new StyleName { Val = "Hyperlink" },
            new StyleRunProperties(new Color { Val = "1D70B8" }, new Underline { Val = UnderlineValues.Single }))
        { Type = StyleValues.Character, StyleId = HyperlinkChar });

        styles.Append(new Style(
            new StyleName { Val = "Table Grid" },
            new BasedOn { Val = "TableNormal" },
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = TableGrid });

        // The title of a table of contents is not a heading, so the contents do not list themselves.
        styles.Append(new Style(
            new StyleName { Val = "TOC Heading" },
            new BasedOn { Val = Normal },
            new NextParagraphStyle { Val = Normal },
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" }))
        { Type = StyleValues.Paragraph, StyleId = ContentsTitle });

        for (var level = 1; level <= 6; level++)
        {
            styles.Append(new Style(
                new StyleName { Val = "toc " + level.ToString(CultureInfo.InvariantCulture) },
                new BasedOn { Val = Normal },
                new NextParagraphStyle { Val = Normal },
                new UIPriority { Val = 39 },
                new StyleParagraphProperties(
                    new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = WordLayout.TextWidthTwips }),
                    new SpacingBetweenLines { After = "60" },
                    new Indentation { Left = ((level - 1) * 220).ToString(CultureInfo.InvariantCulture) }))
            { Type = StyleValues.Paragraph, StyleId = ContentsEntry(level) });
        }

        styles.Append(new Style(
            new StyleName { Val = "Normal Table" },
            new UIPriority { Val = 99 },
            new SemiHidden(),
            new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa }))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });

        return styles;
    }

    public static OnOffValue On => OnOffValue.FromBoolean(true);
}
