using System.Text;
using Nhp.Text;

namespace Nhp.Reporting.Rendering;

/// <summary>Text in the SVG charts.</summary>
internal static class SvgText
{
    /// <summary>
    /// Escapes text for SVG element content and quoted attribute values. SVG is XML: the five markup characters become
    /// entities, so no text from the data can become an element or end an attribute.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in OutputText.Clean(text, keepLineBreaks: true))
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
