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

    /// <summary>Every police.uk import rule.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [MalformedRowRule];
}
