using System.Globalization;
using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Reporting.Text;
using NodaTime;

namespace Nhp.Reporting.Rag;

// Shared bits of RAG output: badges, words, dates, severities.
internal static class RagMarkup
{
    public static string Date(LocalDate date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Month(YearMonth month) => month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Word(RagStatus status) => RagKey.Word(status);

    public static string Badge(RagStatus status)
    {
        var css = status switch
        {
            RagStatus.Green => "rag-green",
            RagStatus.Amber => "rag-amber",
            RagStatus.Red => "rag-red",
            _ => "rag-none",
        };
        return $"<span class=\"rag {css}\">{Html.Escape(Word(status))}</span>";
    }

    public static string SeverityHtml(Severity severity) =>
        $"<span class=\"severity-{severity.ToText()}\">{Html.Escape(severity.ToText())}</span>";
}
