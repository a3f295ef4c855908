using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Nhp;

namespace Nhp.Reporting.Rendering;

/// <summary>
/// An opaque sRGB colour written as <c>#rrggbb</c>, with the WCAG 2 relative luminance and contrast ratio used to
/// check that text on a RAG colour can be read.
/// </summary>
/// <remarks>
/// Equality is by the three channels. <see cref="ToString"/> writes lower-case <c>#rrggbb</c> and <see cref="Parse"/>
/// reads it back (either letter case). Immutable and thread-safe.
/// </remarks>
public readonly struct RagColour : IEquatable<RagColour>
{
    /// <summary>The contrast ratio WCAG 2 level AA asks of normal-size text: 4.5 to 1.</summary>
    public const double MinimumTextContrast = 4.5;

    private static readonly string[] Forms = ["#00703c", "#FFDD00"];

    /// <summary>Creates a colour from its red, green and blue channels.</summary>
    /// <param name="red">Red, 0 to 255.</param>
    /// <param name="green">Green, 0 to 255.</param>
    /// <param name="blue">Blue, 0 to 255.</param>
    public RagColour(byte red, byte green, byte blue)
    {
        Red = red;
        Green = green;
        Blue = blue;
    }

    /// <summary>The red channel, 0 to 255.</summary>
    public byte Red { get; }

    /// <summary>The green channel, 0 to 255.</summary>
    public byte Green { get; }

    /// <summary>The blue channel, 0 to 255.</summary>
    public byte Blue { get; }

    /// <summary>White, <c>#ffffff</c>.</summary>
    public static RagColour White { get; } = new(255, 255, 255);

    /// <summary>The near-black text colour of the reports, <c>#0b0c0c</c>.</summary>
    public static RagColour Ink { get; } = new(0x0b, 0x0c, 0x0c);

    /// <summary>The WCAG 2 relative luminance: 0 for black, 1 for white.</summary>
    public double RelativeLuminance => (0.2126 * Linear(Red)) + (0.7152 * Linear(Green)) + (0.0722 * Linear(Blue));

    /// <summary>The WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black and white); order does not matter.</summary>
    /// <param name="first">A colour.</param>
    /// <param name="second">Another colour.</param>
    /// <returns>(lighter + 0.05) / (darker + 0.05).</returns>
    public static double ContrastRatio(RagColour first, RagColour second)
    {
        var a = first.RelativeLuminance;
        var b = second.RelativeLuminance;
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>Reads <c>#rrggbb</c> (hex digits in either case; the <c>#</c> is required).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The colour.</returns>
    /// <exception cref="NhpInputException">The text is not in that form; the message quotes it.</exception>
    public static RagColour Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var colour)
            ? colour
            : throw new NhpInputException($"'{text}' is not a colour: expected '#' and six hex digits.", null, "colour", Forms);
    }

    /// <summary>Tries to read <c>#rrggbb</c>.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="colour">The colour when the result is true.</param>
    /// <returns>Whether the text is a colour.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out RagColour colour)
    {
        colour = default;
        if (text is null || text.Length != 7 || text[0] != '#'
            || !byte.TryParse(text.AsSpan(1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var r)
            || !byte.TryParse(text.AsSpan(3, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var g)
            || !byte.TryParse(text.AsSpan(5, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b))
        {
            return false;
        }

        colour = new RagColour(r, g, b);
        return true;
    }

    /// <summary>The colour as lower-case <c>#rrggbb</c>; <see cref="Parse"/> reads it back.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"#{Red:x2}{Green:x2}{Blue:x2}");

    /// <inheritdoc />
    public bool Equals(RagColour other) => Red == other.Red && Green == other.Green && Blue == other.Blue;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RagColour other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Red, Green, Blue);

    /// <summary>Whether two colours are equal.</summary>
    /// <param name="left">A colour.</param>
    /// <param name="right">Another colour.</param>
    /// <returns>True when all channels are equal.</returns>
    public static bool operator ==(RagColour left, RagColour right) => left.Equals(right);

    /// <summary>Whether two colours differ.</summary>
    /// <param name="left">A colour.</param>
    /// <param name="right">Another colour.</param>
    /// <returns>True when a channel differs.</returns>
    public static bool operator !=(RagColour left, RagColour right) => !left.Equals(right);

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
