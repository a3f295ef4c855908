namespace Nhp.Reporting.Browser.Tests.Rendering;

/// <summary>The browser checks can fail: a page with each kind of problem is caught by each check.</summary>
public sealed class PageCheckTest(ChromiumFixture chromium)
{
    // An image without alternative text (axe: image-alt, critical), grey text on white (color-contrast, serious), a
    // block wider than a phone, a script that logs an error, and a stylesheet outside the page (a sibling file that does
    // not exist, so nothing leaves the machine).
    private const string BadPage =
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head><meta charset="utf-8"><title>A page with problems</title><link rel="stylesheet" href="missing.css"></head>
        <body>
        <main>
        <h1>A page with problems</h1>
        <img src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=" width="20" height="20">
        <p style="color: #bbbbbb; background: #ffffff">Text too pale to read.</p>
        <div style="width: 900px">A block wider than a phone.</div>
        <script>console.error('Something went wrong.');</script>
        </main>
        </body>
        </html>
        """;

    [Fact(Timeout = 120_000)]
    public async Task A_page_with_each_kind_of_problem_fails_each_check()
    {
        chromium.Require();
        var file = Path.Combine(chromium.OutputFolder, "problems", "bad-page.html");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, BadPage, TestContext.Current.CancellationToken);

        var problems = await PageCheck.RunAsync(chromium, new Uri(file).AbsoluteUri, Path.ChangeExtension(file, ".png"), 375);

        var text = string.Join("\n", problems);
        Assert.Contains("console error: Something went wrong.", text, StringComparison.Ordinal);
        Assert.Contains("the page requests file://", text, StringComparison.Ordinal);
        Assert.Contains("missing.css", text, StringComparison.Ordinal);
        Assert.Contains("horizontal overflow: the page is", text, StringComparison.Ordinal);
        Assert.Contains("horizontal overflow: div \"A block wider than a phone.\" reaches 9", text, StringComparison.Ordinal);
        Assert.Contains("axe critical image-alt", text, StringComparison.Ordinal);
        Assert.Contains("axe serious color-contrast", text, StringComparison.Ordinal);
    }
}
