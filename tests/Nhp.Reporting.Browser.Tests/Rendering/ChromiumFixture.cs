using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Nhp.Reporting.Browser.Tests.Rendering.ChromiumFixture))]

namespace Nhp.Reporting.Browser.Tests.Rendering;

/// <summary>
/// One headless Chromium for the browser tests: Debian's <c>chromium</c> (or the executable named by
/// <c>NHP_CHROMIUM</c>) driven by Playwright through <see cref="BrowserTypeLaunchOptions.ExecutablePath"/>, so Playwright
/// downloads no browser of its own; and axe-core's script. When either cannot be had, <see cref="Require"/> skips the
/// test with the reason, except on CI (<c>CI=true</c>), where <c>.ci/run</c> installs Chromium and the test must run.
/// The browser tests together have a budget (<c>NHP_BROWSER_BUDGET_SECONDS</c>, 900 unless set): past it, each further
/// test fails at once instead of starting, so a slow or stuck browser cannot hold a CI run for long.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    private IPlaywright? playwright;
    private IBrowser? browser;
    private readonly Stopwatch running = Stopwatch.StartNew();
    private string? problem;

    /// <summary>The browser; only after <see cref="Require"/>.</summary>
    public IBrowser Browser => browser ?? throw new InvalidOperationException(problem);

    /// <summary>The path of axe.min.js; only after <see cref="Require"/>.</summary>
    public string AxeScript { get; private set; } = string.Empty;

    /// <summary>Where the rendered pages and their screenshots are written: browser/ in the test's output folder.</summary>
    public string OutputFolder { get; } = Path.Combine(AppContext.BaseDirectory, "browser");

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(OutputFolder);
        var executable = Environment.GetEnvironmentVariable("NHP_CHROMIUM") is { Length: > 0 } configured ? configured : Candidates.FirstOrDefault(File.Exists);
        if (executable is null || !File.Exists(executable))
        {
            problem = executable is null
                ? "Chromium is not installed (Debian package chromium: apt-get install -y chromium; or set NHP_CHROMIUM to its executable)."
                : $"NHP_CHROMIUM names '{executable}', which does not exist.";
            return;
        }

        var (axe, axeProblem) = await AxeCore.LocateAsync(TestContext.Current.CancellationToken);
        if (axe is null)
        {
            problem = axeProblem;
            return;
        }

        AxeScript = axe;
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Timeout = 60_000,
            // This machine's network reaches no browser service: without these Chromium keeps trying to.
            Args = ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>Skips the calling test when Chromium or axe-core is missing, or fails it when on CI.</summary>
    public void Require()
    {
        if (browser is not null)
        {
            var budget = Budget();
            if (running.Elapsed > budget)
            {
                Assert.Fail($"The browser tests have run for {running.Elapsed.TotalSeconds:0} s, past their budget of {budget.TotalSeconds:0} s (NHP_BROWSER_BUDGET_SECONDS).");
            }

            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("The browser test must run on CI: " + problem);
        }

        Assert.Skip("Skipped: " + problem);
    }

    private static TimeSpan Budget() =>
        int.TryParse(Environment.GetEnvironmentVariable("NHP_BROWSER_BUDGET_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromSeconds(900);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
