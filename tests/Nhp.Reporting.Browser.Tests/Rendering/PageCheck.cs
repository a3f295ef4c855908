using System.Text.Json;
using Microsoft.Playwright;

namespace Nhp.Reporting.Browser.Tests.Rendering;

/// <summary>
/// What a person would notice when opening a page in a browser at one viewport width: console errors, requests for
/// anything but the page itself, sideways scrolling of the page, and axe-core violations (serious and critical ones are
/// problems; the others are written to the test output). Takes a full-page screenshot on the way.
/// </summary>
internal static class PageCheck
{
    /// <summary>The problems of the page at <paramref name="url"/> at <paramref name="width"/> px, each a line naming the width.</summary>
    public static async Task<List<string>> RunAsync(ChromiumFixture chromium, string url, string screenshot, int width)
    {
        var problems = new List<string>();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            JavaScriptEnabled = true,
        });
        context.SetDefaultTimeout(60_000);
        var tab = await context.NewPageAsync();
        tab.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"{width} px: console error: {message.Text}");
            }
        };
        tab.PageError += (_, error) => problems.Add($"{width} px: page error: {error}");
        tab.Request += (_, request) =>
        {
            if (request.Url != url && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                problems.Add($"{width} px: the page requests {request.Url}; a report must be self-contained.");
            }
        };

        var response = await tab.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.NotNull(response);

        var overflow = await tab.EvaluateAsync<string[]>(OverflowScript);
        problems.AddRange(overflow.Select(o => $"{width} px: horizontal overflow: {o}"));

        await tab.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });

        await tab.AddScriptTagAsync(new PageAddScriptTagOptions { Path = chromium.AxeScript });
        var violations = await tab.EvaluateAsync<JsonElement>(AxeScript);
        foreach (var violation in violations.EnumerateArray())
        {
            var impact = violation.GetProperty("impact").GetString();
            var line = $"{width} px: axe {impact} {violation.GetProperty("id").GetString()}: {violation.GetProperty("help").GetString()} at "
                + string.Join(", ", violation.GetProperty("nodes").EnumerateArray().Take(5).Select(n => n.GetString()));
            if (impact is "serious" or "critical")
            {
                problems.Add(line);
            }
            else
            {
                TestContext.Current.TestOutputHelper?.WriteLine(line);
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{width} px: screenshot {screenshot}");
        return problems;
    }

    // The page must not scroll sideways; when it does, name the outermost elements that stick out, so the failure says
    // what to fix (a wide table inside a scroll container does not stick out: the container clips it).
    private const string OverflowScript =
        """
        () => {
          const root = document.documentElement;
          const width = root.clientWidth;
          if (root.scrollWidth <= width) return [];
          const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '')
            + ' "' + (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 50) + '"';
          const found = [`the page is ${root.scrollWidth} px wide in a ${width} px viewport`];
          for (const el of document.body.querySelectorAll('*')) {
            const right = el.getBoundingClientRect().right;
            const parent = el.parentElement;
            if (right > width + 1 && (parent === document.body || parent.getBoundingClientRect().right <= width + 1)) {
              found.push(`${describe(el)} reaches ${Math.round(right)} px`);
              if (found.length > 10) break;
            }
          }
          return found;
        }
        """;

    private const string AxeScript =
        """
        async () => {
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map(v => ({
            id: v.id, impact: v.impact || 'unknown', help: v.help,
            nodes: v.nodes.map(n => n.target.join(' '))
          }));
        }
        """;
}
