namespace Nhp.Reporting.Documents;

/// <summary>
/// A chart as SVG, with a title and a description that say what it shows in words, for readers who cannot see it and
/// for formats that cannot show it (Markdown and plain text write the title and description).
/// </summary>
/// <remarks>The SVG must be a single <c>&lt;svg&gt;</c> element with no script, event handler or external reference; the constructor checks it.</remarks>
public sealed partial record Figure : Block
{
    private static readonly string[] Forbidden = ["<script", "javascript:", "<foreignobject", "href=\"http", "href='http", "<iframe", "<!entity", "<!doctype"];

    /// <summary>Creates a figure.</summary>
    /// <param name="title">A short title.</param>
    /// <param name="description">What the chart shows, in a sentence or two.</param>
    /// <param name="svg">The chart: one <c>&lt;svg&gt;</c> element, no script.</param>
    /// <exception cref="ArgumentException">The SVG is not one svg element, or carries script, an event handler or an external reference.</exception>
    public Figure(string title, string description, string svg)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentException.ThrowIfNullOrWhiteSpace(svg);
        var trimmed = svg.Trim();
        if (!trimmed.StartsWith("<svg", StringComparison.Ordinal) || !trimmed.EndsWith("</svg>", StringComparison.Ordinal))
        {
            throw new ArgumentException("The figure's SVG must be a single <svg> element.", nameof(svg));
        }

        var lower = trimmed.ToLowerInvariant();
        if (Forbidden.FirstOrDefault(f => lower.Contains(f, StringComparison.Ordinal)) is { } bad
            || EventHandler().IsMatch(lower))
        {
            throw new ArgumentException("The figure's SVG carries script, an event handler or an external reference, which reports never include.", nameof(svg));
        }

        Title = title;
        Description = description;
        Svg = trimmed;
    }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>What the chart shows, in words.</summary>
    public string Description { get; }

    /// <summary>The chart as one svg element.</summary>
    public string Svg { get; }

    // An event handler attribute (onload=, onclick = …). Generated at build time, so a figure costs no regex parsing at run time.
    [System.Text.RegularExpressions.GeneratedRegex(@"\son[a-z]+\s*=", System.Text.RegularExpressions.RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial System.Text.RegularExpressions.Regex EventHandler();
}
