#:package Nhp.Domain@*-*
#:package Nhp.Datasets.CityOfLondon@*-*

// Import a delivery plan and list what turns RED at a date, and why.
//   dotnet run red-at-date.cs -- [plan.txt|plan.csv|plan.json] [2024-04-01]
// With no plan file, the City of London plan of February 2024 is used; with no date, 1 April 2024.

using Nhp.Datasets.CityOfLondon;
using Nhp.Delivery;
using Nhp.Rag;
using NodaTime;
using NodaTime.Text;

DeliveryPlan plan;
if (args.Length > 0 && File.Exists(args[0]))
{
    var import = Path.GetExtension(args[0]).ToLowerInvariant() switch
    {
        ".csv" => PlanCsv.Read(args[0]),
        ".json" => PlanJson.Read(args[0]),
        _ => PlanText.Read(args[0]),
    };
    foreach (var finding in import.Findings)
    {
        Console.WriteLine(finding);
    }

    plan = import.GetValueOrThrow();
}
else
{
    plan = CityOfLondonDataset.February2024.DeliveryPlan!;
}

var dateText = args.FirstOrDefault(a => LocalDatePattern.Iso.Parse(a).Success);
var asOf = dateText is null ? new LocalDate(2024, 4, 1) : LocalDatePattern.Iso.Parse(dateText).Value;

var evaluation = RagPolicy.Default.Evaluate(plan, asOf);
var red = evaluation.TurnedRed.ToList();
Console.WriteLine($"{plan.Title}: {red.Count} of {evaluation.Judgements.Count} deliverables are expected RED on {asOf:uuuu-MM-dd} but were not reported RED.");
foreach (var judgement in red)
{
    Console.WriteLine($"  {judgement.Subject.Code} (reported {judgement.ReportedRag}): {judgement.Findings.First(f => f.ExpectedRag == RagStatus.Red).Finding.Message}");
}

// And what will turn RED in the next 90 days if nobody updates the plan.
foreach (var turn in RagPolicy.Default.DueToTurnRed(RagSubject.Latest(plan), asOf, 90))
{
    Console.WriteLine($"  due: {turn.Subject.Code} turns RED on {turn.On:uuuu-MM-dd}");
}
