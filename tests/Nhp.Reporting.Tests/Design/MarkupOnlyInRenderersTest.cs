using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Nhp.Reporting.Tests.Design;

/// <summary>
/// Guards the document model: reports build documents, and only the format renderers in <c>Rendering/</c> write
/// Markdown or HTML. Charts write SVG, which is not checked here (the Figure block checks it for script).
/// </summary>
public sealed partial class MarkupOnlyInRenderersTest
{
    public static TheoryData<string> ReportSources()
    {
        var root = Path.GetFullPath(Path.Combine(Here(), "..", "..", "..", "src", "Nhp.Reporting"));
        var rendering = Path.Combine(root, "Rendering") + Path.DirectorySeparatorChar;
        return [.. Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(rendering, StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f))
            .Order(StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(ReportSources))]
    public void No_report_source_writes_html_or_markdown_markup(string file)
    {
        var root = Path.GetFullPath(Path.Combine(Here(), "..", "..", "..", "src", "Nhp.Reporting"));
        var offending = File.ReadAllLines(Path.Combine(root, file))
            .Select((line, i) => (Line: line, Number: i + 1))
            .Where(x => !x.Line.TrimStart().StartsWith("///", StringComparison.Ordinal) && !x.Line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Where(x => HtmlTag().IsMatch(x.Line) || MarkdownMarkup().IsMatch(x.Line))
            .Select(x => $"{file}:{x.Number}: {x.Line.Trim()}")
            .ToArray();
        Assert.Empty(offending);
    }

    [Fact]
    public void The_guard_would_catch_markup()
    {
        Assert.Matches(HtmlTag(), "md.Append(\"<td class=\\\"num\\\">\")");
        Assert.Matches(MarkdownMarkup(), "md.Append(\"| --- |\")");
        Assert.Matches(MarkdownMarkup(), "md.Append(\"**\").Append(word)");
        Assert.DoesNotMatch(HtmlTag(), "svg.Append(\"<line x1=\\\"1\\\"/>\")");
    }

    private static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    [GeneratedRegex(@"""[^""]*</?(p|span|td|th|tr|table|thead|tbody|tfoot|ul|ol|li|h[1-6]|div|strong|em|a|br|section|article|main|html|body|head|dl|dt|dd|figure|figcaption|code|caption|cite)[\s>/""]", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"""[^""]*(\|\s*-{3,}|\*\*|^#{1,6} |\n#{1,6} )")]
    private static partial Regex MarkdownMarkup();
}
