using Nhp.Datasets.CityOfLondon;
using Nhp.Reporting.Rendering;

namespace Nhp.Reporting.Browser.Tests.Rendering;

/// <summary>
/// Every HTML report of the catalog, and the index page of <c>nhp report</c>, rendered from the City of London dataset
/// and opened in headless Chromium at a phone width (375 px) and a desktop width (1280 px): no console error, no request
/// for anything outside the page, no horizontal scrolling of the page, and no serious or critical axe-core violation.
/// Each page and a full-page screenshot per width are kept in the test output's browser/ folder.
/// </summary>
public sealed class HtmlReportsInChromiumTest(ChromiumFixture chromium)
{
    private static readonly int[] Widths = [375, 1280];

    public static TheoryData<string> Pages()
    {
        var pages = new TheoryData<string>();
        foreach (var report in ReportCatalog.Default.Reports)
        {
            pages.Add(report.Id);
        }

        pages.Add(ReportIndex.FileName);
        return pages;
    }

    [Theory(Timeout = 120_000)]
    [MemberData(nameof(Pages))]
    public async Task The_page_shows_without_errors_or_overflow_and_passes_axe(string page)
    {
        chromium.Require();
        var file = Path.Combine(chromium.OutputFolder, page + ".html");
        await File.WriteAllTextAsync(file, Render(page), TestContext.Current.CancellationToken);
        var url = new Uri(file).AbsoluteUri;
        var problems = new List<string>();
        foreach (var width in Widths)
        {
            problems.AddRange(await PageCheck.RunAsync(chromium, url, Path.Combine(chromium.OutputFolder, $"{page}-{width}.png"), width));
        }

        Assert.True(problems.Count == 0, $"{page}.html in Chromium ({file}):\n" + string.Join("\n", problems));
    }

    private static string Render(string page)
    {
        var dataset = CityOfLondonDataset.February2024;
        if (page == ReportIndex.FileName)
        {
            using var writer = new StringWriter();
            HtmlRenderer.Default.Render(ReportIndex.Build(dataset, ReportCatalog.Default.Reports, ReportFormat.Html), writer);
            return writer.ToString();
        }

        return ReportCatalog.Default.Find(page)!.RenderToString(dataset, ReportFormat.Html);
    }
}
