using System.Text;

namespace Nhp.Reporting.Text;

/// <summary>
/// HTML building blocks shared by every HTML report: escaping and the self-contained, printable page shell.
/// Every piece of text that came from data goes through <see cref="Escape"/>; the shell carries no script.
/// </summary>
internal static class Html
{
    /// <summary>Escapes text for element content and quoted attribute values.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// Wraps <paramref name="body"/> (already-escaped HTML) in a complete page with the shared stylesheet.
    /// <paramref name="title"/> is escaped here.
    /// </summary>
    public static string Page(string title, string body)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n");
        page.Append("<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Append("<title>").Append(Escape(title)).Append("</title>\n");
        page.Append("<style>\n").Append(Stylesheet).Append("</style>\n");
        page.Append("</head>\n<body>\n<main>\n");
        page.Append(body);
        page.Append("</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>
    /// The shared stylesheet: readable on screen and on A4 paper, with RAG colours that keep a contrast ratio of at
    /// least 4.5:1 for their text, and that never carry meaning alone (the word is always printed too).
    /// </summary>
    public const string Stylesheet =
        """
        :root { --ink: #0b0c0c; --muted: #505a5f; --rule: #b1b4b6; --head: #f3f2f1; }
        body { font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; color: var(--ink); margin: 0; line-height: 1.4; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.8rem; margin: 0 0 0.5rem; }
        h2 { font-size: 1.4rem; margin: 2rem 0 0.5rem; border-bottom: 2px solid var(--ink); }
        h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
        p.meta { color: var(--muted); margin: 0 0 1rem; }
        table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
        th, td { border: 1px solid var(--rule); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
        th { background: var(--head); }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        .rag { display: inline-block; min-width: 4.5rem; padding: 0.1rem 0.4rem; font-weight: bold; text-align: center; border-radius: 0.2rem; }
        .rag-green { background: #00703c; color: #ffffff; }
        .rag-amber { background: #ffdd00; color: #0b0c0c; }
        .rag-red { background: #d4351c; color: #ffffff; }
        .rag-none { background: #ffffff; color: #0b0c0c; border: 1px solid #505a5f; }
        .finding { margin: 0.2rem 0; }
        .severity-error { color: #d4351c; font-weight: bold; }
        .severity-warning { color: #594d00; font-weight: bold; }
        .severity-info { color: #505a5f; }
        @media print {
          main { max-width: none; padding: 0; }
          h2 { break-after: avoid; }
          tr { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }

        """;
}
