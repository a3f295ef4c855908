using DocumentFormat.OpenXml.Wordprocessing;

namespace Nhp.Reporting.Word;

// The numbering part: one bulleted list definition, used by the List Bullet style.
internal static class WordNumbering
{
    public const int BulletId = 1;

    public static Numbering Build() => new(
        new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "\u2022" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "360" }),
                new NumberingSymbolRunProperties(new RunFonts { Ascii = "Arial", HighAnsi = "Arial" }))
            { LevelIndex = 0 })
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = BulletId });
}
