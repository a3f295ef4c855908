// A package user's first script: every report for the City of London dataset (Nhp.Datasets.CityOfLondon) written to a folder, two
// for the Thames Valley dataset (Nhp.Datasets.ThamesValley), then the library used directly, as the README's quick start shows.
using Nhp.Datasets.CityOfLondon;
using Nhp.Findings;
using Nhp.Integrity;
using Nhp.Rag;
using Nhp.Reporting;
using NodaTime;

var outDir = args.Length > 0 ? args[0] : "consumer-reports";
Directory.CreateDirectory(outDir);

var dataset = CityOfLondonDataset.February2024;
var written = 0;
foreach (var report in ReportCatalog.Default.Reports)
{
    foreach (var format in report.Formats)
    {
        var path = Path.Combine(outDir, $"{report.Id}.{format.FileExtension()}");
        using var file = File.Create(path);
        report.Render(dataset, format, file);
        written++;
    }
}

// A second force's package: the Thames Valley report of June 2016, rendered by the reports that use it.
var thamesValley = Nhp.Datasets.ThamesValley.ThamesValleyDataset.June2016;
foreach (var id in new[] { "framework-assessment", "review-recommendations" })
{
    var report = ReportCatalog.Default.Find(id) ?? throw new InvalidOperationException($"The catalog has no report {id}.");
    using var file = File.Create(Path.Combine(outDir, $"thames-valley-{id}.md"));
    report.Render(thamesValley, ReportFormat.Markdown, file);
    written++;
}

// The finding shape every rule reports in, used from the package.
Console.WriteLine(new Finding("consumer.check", Severity.Info, dataset.Name, null, $"Wrote {written} report files."));

// What turns RED on 1 April 2024 if nobody updates the embedded January 2024 plan.
var plan = dataset.DeliveryPlan ?? throw new InvalidOperationException("The default dataset has no delivery plan.");
var evaluation = RagPolicy.Default.Evaluate(plan, new LocalDate(2024, 4, 1));
var turnedRed = evaluation.TurnedRed.Select(j => j.Subject.Code.ToString()).ToList();
Console.WriteLine($"Turn red on 1 April 2024: {string.Join(", ", turnedRed)}");

// 160 of 177 crimes correctly recorded, with a 95% Wilson interval.
var interval = new Proportion(160, 177).Interval();
Console.WriteLine(FormattableString.Invariant($"CDI compliance {interval.Rate:P1} ({interval.Lower:P1} to {interval.Upper:P1})"));

return written > 0 && turnedRed.Count > 0 ? 0 : 1;
