using System.Diagnostics.CodeAnalysis;

namespace Nhp.Reporting.Display;

/// <summary>
/// The formatter source of .NET Interactive's convention: it is created with its public constructor, and
/// <see cref="CreateTypeFormatters"/> returns objects with a <c>MimeType</c> and a <c>Format(object, TextWriter)</c>
/// that returns whether it wrote the value. Matched by member names, so Nhp references no .NET Interactive package.
/// The domain types reach it through Nhp.Domain's own source, which looks this type up by name.
/// </summary>
[SuppressMessage("Performance", "CA1822:Mark members as static", Justification = ".NET Interactive calls these instance members by name.")]
internal sealed class NotebookFormatterSource
{
    /// <summary>The formatters: one, for <c>text/html</c>.</summary>
    public IEnumerable<object> CreateTypeFormatters() => [new HtmlFormatter()];

    /// <summary>Writes a value <see cref="NhpDisplay"/> shows as its HTML fragment.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = ".NET Interactive calls these instance members by name.")]
    internal sealed class HtmlFormatter
    {
        public string MimeType => "text/html";

        public bool Format(object instance, TextWriter writer)
        {
            ArgumentNullException.ThrowIfNull(writer);
            if (NhpDisplay.TryHtml(instance) is not { } html)
            {
                return false;
            }

            writer.Write(html);
            return true;
        }
    }
}
