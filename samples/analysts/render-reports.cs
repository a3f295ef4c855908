#:package Nhp.Reporting@*-*
#:package Nhp.Datasets.CityOfLondon@*-*

// Render every report, in every format it has, for a dataset: the City of London one, or your own plan.
//   dotnet run render-reports.cs -- [out-folder] [your-plan.txt|.csv|.json]
// With a plan file, the dataset is that plan alone (reports with no data say so).

using Nhp.Datasets;
using Nhp.Datasets.CityOfLondon;
using Nhp.Delivery;
using Nhp.Reporting;

var folder = args.Length > 0 ? args[0] : "reports";
var dataset = CityOfLondonDataset.February2024;
if (args.Length > 1)
{
    var import = Path.GetExtension(args[1]).ToLowerInvariant() switch
    {
        ".csv" => PlanCsv.Read(args[1]),
        ".json" => PlanJson.Read(args[1]),
        _ => PlanText.Read(args[1]),
    };
    dataset = new NhpDataset { Name = Path.GetFileNameWithoutExtension(args[1]), Sources = [], DeliveryPlan = import.GetValueOrThrow() };
}

Directory.CreateDirectory(folder);
var count = 0;
foreach (var report in ReportCatalog.Default.Reports)
{
    foreach (var format in report.Formats)
    {
        var path = Path.Combine(folder, $"{report.Id}.{format.FileExtension()}");
        using (var file = File.Create(path))
        {
            report.Render(dataset, format, file);
        }

        count++;
    }
}

Console.WriteLine($"{count} files written to {folder} for {dataset.Name}.");
