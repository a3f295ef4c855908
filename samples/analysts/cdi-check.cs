#:package Nhp.Domain@*-*
#:package Nhp.Datasets.CityOfLondon@*-*

// Check a crime data integrity sample: what does not add up, and the compliance rate with its interval.
//   dotnet run cdi-check.cs -- [review.csv]
// With no file, the City of London review of February 2024 is checked.

using Nhp.Datasets.CityOfLondon;
using Nhp.Findings;
using Nhp.Integrity;

CdiReview review;
if (args.Length > 0)
{
    var import = CdiReviewCsv.Read(args[0]);
    foreach (var finding in import.Findings)
    {
        Console.WriteLine(finding);
    }

    review = import.GetValueOrThrow();
}
else
{
    review = CityOfLondonDataset.February2024.CrimeDataIntegrity!;
}

var findings = CdiRules.Check(review);
Console.WriteLine($"{review.Title}: {findings.Count} findings, {findings.Count(f => f.Severity == Severity.Error)} errors.");
foreach (var finding in findings)
{
    Console.WriteLine($"  {finding}");
}

foreach (var audit in review.Categories.Append(review.Overall).OfType<AuditResult>())
{
    if (audit.Compliance is { } compliance)
    {
        Console.WriteLine($"  {audit.Category.Name}: {compliance.Interval()}");
    }
}
