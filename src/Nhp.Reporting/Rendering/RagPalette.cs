using System.Globalization;
using System.Text;

namespace Nhp.Reporting.Rendering;

/// <summary>
/// The colours of RAG badges, keyed by level label, in one place: the HTML renderer writes its stylesheet from it and
/// every badge takes its colours from it. The default palette covers the delivery plan key (GREEN, AMBER, RED, NOT
/// RATED) and five-level delivery confidence (Green, Amber/Green, Amber, Amber/Red, Red), in GOV.UK colours.
/// </summary>
/// <remarks>
/// Immutable. Every colour pair is checked for a text contrast of at least <see cref="RagColour.MinimumTextContrast"/>:1
/// (WCAG AA), so a palette cannot make a badge unreadable. Labels are matched case-insensitively, with any run of
/// characters other than letters and digits read as one <c>-</c> (<c>Amber/Green</c> is <c>amber-green</c>).
/// </remarks>
public sealed class RagPalette
{
    private readonly Dictionary<string, (RagColour Background, RagColour Text)> colours;

    /// <summary>Creates a palette.</summary>
    /// <param name="colours">Each level's label, background and text colour.</param>
    /// <exception cref="ArgumentException">A label is repeated (after normalising) or a pair is below the minimum contrast.</exception>
    public RagPalette(IEnumerable<(string Level, RagColour Background, RagColour Text)> colours)
    {
        ArgumentNullException.ThrowIfNull(colours);
        this.colours = new Dictionary<string, (RagColour, RagColour)>(StringComparer.Ordinal);
        foreach (var (level, background, text) in colours)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(level);
            var key = Key(level);
            var contrast = RagColour.ContrastRatio(background, text);
            if (contrast < RagColour.MinimumTextContrast)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The level '{level}' has text {text} on {background}, a contrast of {contrast:0.00}:1; at least {RagColour.MinimumTextContrast:0.0}:1 is needed for text to be readable."),
                    nameof(colours));
            }

            if (!this.colours.TryAdd(key, (background, text)))
            {
                throw new ArgumentException($"The level '{level}' is given twice.", nameof(colours));
            }
        }
    }

    /// <summary>The default palette (GOV.UK colours).</summary>
    public static RagPalette Default { get; } = new(
    [
        ("GREEN", RagColour.Parse("#00703c"), RagColour.White),
        ("AMBER", RagColour.Parse("#ffdd00"), RagColour.Ink),
        ("RED", RagColour.Parse("#d4351c"), RagColour.White),
        ("NOT RATED", RagColour.White, RagColour.Ink),
        ("Amber/Green", RagColour.Parse("#85994b"), RagColour.Ink),
        ("Amber/Red", RagColour.Parse("#f47738"), RagColour.Ink),
    ]);

    /// <summary>The levels the palette colours, as normalised keys, in order.</summary>
    public IReadOnlyList<string> Keys => [.. colours.Keys];

    /// <summary>The normalised key of a level label: lower case, runs of other characters as one <c>-</c>.</summary>
    /// <param name="level">The label.</param>
    /// <returns>The key, for example <c>amber-green</c>.</returns>
    public static string Key(string level)
    {
        ArgumentNullException.ThrowIfNull(level);
        var key = new StringBuilder(level.Length);
        foreach (var c in level.Trim())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
            else if (key.Length > 0 && key[^1] != '-')
            {
                key.Append('-');
            }
        }

        return key.ToString().TrimEnd('-');
    }

    /// <summary>The background and text colours of a level, or null when the palette does not colour it.</summary>
    /// <param name="level">The level's label.</param>
    /// <returns>The colours, or null.</returns>
    public (RagColour Background, RagColour Text)? Find(string level) =>
        colours.TryGetValue(Key(level), out var pair) ? pair : null;

    /// <summary>The CSS class of a level's badge: <c>rag-green</c>; <c>rag-none</c> for a level the palette does not colour.</summary>
    /// <param name="level">The level's label.</param>
    /// <returns>The class name.</returns>
    public string CssClass(string level) => colours.ContainsKey(Key(level)) ? "rag-" + Key(level) : "rag-none";

    /// <summary>The CSS rules for the badges, one per level, plus <c>rag-none</c>.</summary>
    /// <returns>The rules, one per line.</returns>
    public string Css()
    {
        var css = new StringBuilder();
        foreach (var (key, (background, text)) in colours)
        {
            var border = background == RagColour.White ? " border: 1px solid #505a5f;" : string.Empty;
            css.Append(".rag-").Append(key).Append(" { background: ").Append(background).Append("; color: ").Append(text).Append(';').Append(border).Append(" }\n");
        }

        css.Append(".rag-none { background: #ffffff; color: #0b0c0c; border: 1px solid #505a5f; }\n");
        return css.ToString();
    }
}
