using System.Globalization;
using System.Text.RegularExpressions;

namespace Nhp.Governance.References;

/// <summary>
/// A committee's reference for an action from one of its meetings: a number, a year and a suffix for the part of the
/// agenda (<c>7/2023/P</c>, P for public). Parsed leniently: spaces anywhere are ignored, so <c>10/2023/ P</c> is
/// <c>10/2023/P</c>. Immutable; equality is by value, ignoring the suffix's case; <see cref="ToString"/> round-trips.
/// </summary>
public sealed partial record ReferenceNumber
{
    /// <summary>Creates a reference.</summary>
    /// <param name="number">The action's number, from 1.</param>
    /// <param name="year">The year, four digits.</param>
    /// <param name="suffix">The suffix (letters), upper case; may be empty.</param>
    /// <exception cref="ArgumentOutOfRangeException">The number or year is out of range.</exception>
    /// <exception cref="ArgumentException">The suffix is not letters.</exception>
    public ReferenceNumber(int number, int year, string suffix)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentNullException.ThrowIfNull(suffix);
        if (!suffix.All(char.IsAsciiLetter))
        {
            throw new ArgumentException($"The suffix '{suffix}' must be letters only.", nameof(suffix));
        }

        Number = number;
        Year = year;
        Suffix = suffix.ToUpperInvariant();
    }

    /// <summary>The action's number.</summary>
    public int Number { get; }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The suffix, upper case (<c>P</c>), or empty.</summary>
    public string Suffix { get; }

    /// <summary>Reads a reference, ignoring spaces: <c>7/2023/P</c>, <c>10/2023/ P</c>, <c>3/2024</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="reference">The reference, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is a reference.</returns>
    public static bool TryParse(string? text, out ReferenceNumber? reference)
    {
        reference = null;
        if (text is null)
        {
            return false;
        }

        var match = Form().Match(new string([.. text.Where(c => !char.IsWhiteSpace(c))]));
        if (!match.Success
            || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1
            || !int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1000)
        {
            return false;
        }

        reference = new ReferenceNumber(number, year, match.Groups[3].Value);
        return true;
    }

    /// <summary>Reads a reference, ignoring spaces.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="FormatException">The text is not a reference; the message names the accepted forms.</exception>
    public static ReferenceNumber Parse(string text) =>
        TryParse(text, out var reference) ? reference! : throw new FormatException($"'{text}' is not a reference: expected number/year/suffix, like 7/2023/P or 3/2024.");

    /// <summary>The reference in its usual form: <c>10/2023/P</c>.</summary>
    /// <returns>The text, culture-invariant.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Number}/{Year}") + (Suffix.Length == 0 ? string.Empty : "/" + Suffix);

    [GeneratedRegex("^([0-9]{1,4})/([0-9]{4})(?:/([A-Za-z]*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Form();
}
