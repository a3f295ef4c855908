// A package user's first script: every report for the embedded default dataset, written to a folder.
using Nhp.Datasets;
using Nhp.Findings;
using Nhp.Reporting;

var outDir = args.Length > 0 ? args[0] : "consumer-reports";
Directory.CreateDirectory(outDir);

var dataset = NhpDataset.Default;
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

// The finding shape every rule reports in, used from the package.
var finding = new Finding("consumer.check", Severity.Info, dataset.Name, null, $"Wrote {written} report files.");
Console.WriteLine(finding);
return written > 0 ? 0 : 1;
