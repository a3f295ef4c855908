using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.PoliceUk;

/// <summary>
/// The findings <see cref="PoliceUkCrimeReader"/> makes while reading data.police.uk files: each rule id as a
/// constant, and its <see cref="RuleDescriptor"/> in <see cref="All"/>.
/// </summary>
public static class PoliceUkImportRules
{
    private const string Area = "policeuk";

    /// <summary>A row could not be read and is not counted.</summary>
    public const string MalformedRow = "policeuk.row.malformed";

    /// <summary>The descriptor of <see cref="MalformedRow"/>.</summary>
    public static RuleDescriptor MalformedRowRule { get; } = new(MalformedRow, Area, Severity.Error, "Row not counted",
        "A row of a street-level crime file has a different number of fields from the header, a month not written yyyy-MM, or an empty crime type, so it is not counted and the month's counts are short by one. Download the file again, or correct the row.");

    /// <summary>The same file was given twice and is read once.</summary>
    public const string FileRepeated = "policeuk.file.repeated";

    /// <summary>The descriptor of <see cref="FileRepeated"/>.</summary>
    public static RuleDescriptor FileRepeatedRule { get; } = new(FileRepeated, Area, Severity.Warning, "File given twice",
        "The same file was named twice (two paths to it, or a folder and a file in it). It is read once, so no crime is counted twice.");

    /// <summary>Two files hold the same month of the same force; each crime is counted once.</summary>
    public const string MonthRepeated = "policeuk.month.repeated";

    /// <summary>The descriptor of <see cref="MonthRepeated"/>.</summary>
    public static RuleDescriptor MonthRepeatedRule { get; } = new(MonthRepeated, Area, Severity.Warning, "Month and force in two files",
        "Two files hold rows of the same month reported by the same force, as a copy or a second download of a file does (2022-04-city-of-london-street (1).csv). Each crime of that month and force is counted once: a crime ID as often as the one file holding it most often holds it, and a row without a crime ID (anti-social behaviour) likewise by its whole text. Remove one of the files to silence this.");

    /// <summary>Every police.uk import rule.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [MalformedRowRule, FileRepeatedRule, MonthRepeatedRule];
}
