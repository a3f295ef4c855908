using Nhp.Findings;
using Nhp.Frameworks;
using Nhp.Policing;
using Nhp.ProblemSolving;
using Nhp.Rules;

namespace Nhp.Domain.Tests.Importing;

/// <summary>The import cases of the stored formats that share one reader: problem solving, frameworks and the policing model.</summary>
internal static class StoredFormatCases
{
    private const string Register = "{ \"format\": \"nhp-problem-solving\", \"version\": 1, \"asOf\": \"2024-03-31\", \"plans\": [ { \"reference\": \"PS-1\", \"title\": \"Cycle theft\" } ] }";
    private const string Assessment = "{ \"format\": \"nhp-framework-assessment\", \"version\": 1, \"framework\": { \"name\": \"F\", \"pillars\": [ { \"name\": \"P\", \"statements\": [ { \"id\": \"P1\", \"text\": \"T\" } ] } ] }, \"assessments\": [ { \"unit\": \"A\", \"date\": \"2016-06-17\" } ] }";
    private const string Model = "{ \"format\": \"nhp-policing-model\", \"version\": 1, \"name\": \"M\", \"asOf\": \"2021-06-22\", \"units\": [ { \"name\": \"U\" } ] }";

    public static IReadOnlyList<RuleDescriptor> Rules => [.. ProblemSolvingImportRules.All, .. FrameworkImportRules.All, .. PolicingModelImportRules.All];

    public static IEnumerable<KeyValuePair<string, (Func<IReadOnlyList<Finding>> Fires, Func<IReadOnlyList<Finding>> Quiet)>> All =>
    [
        Case(ProblemSolvingImportRules.FormatMissing, () => Ps(Register.Replace("\"format\": \"nhp-problem-solving\", \"version\": 1, ", string.Empty, StringComparison.Ordinal)), () => Ps(Register)),
        Case(ProblemSolvingImportRules.PropertyUnknown, () => Ps(Register.Replace("\"asOf\"", "\"plan\": [], \"asOf\"", StringComparison.Ordinal)), () => Ps(Register)),
        Case(ProblemSolvingImportRules.ItemInvalid, () => Ps(Register.Replace("\"title\": \"Cycle theft\"", "\"method\": \"pdca\"", StringComparison.Ordinal)), () => Ps(Register)),
        Case(ProblemSolvingImportRules.ValueInvalid, () => Ps(Register.Replace("2024-03-31", "31/03/2024", StringComparison.Ordinal)), () => Ps(Register)),
        Case(ProblemSolvingImportRules.RequiredMissing, () => Ps(Register.Replace("\"asOf\": \"2024-03-31\", ", string.Empty, StringComparison.Ordinal)), () => Ps(Register)),
        Case(FrameworkImportRules.FormatMissing, () => Fw(Assessment.Replace("\"format\": \"nhp-framework-assessment\", \"version\": 1, ", string.Empty, StringComparison.Ordinal)), () => Fw(Assessment)),
        Case(FrameworkImportRules.PropertyUnknown, () => Fw(Assessment.Replace("\"framework\":", "\"levels\": [], \"framework\":", StringComparison.Ordinal)), () => Fw(Assessment)),
        Case(FrameworkImportRules.ItemInvalid, () => Fw(Assessment.Replace("\"date\": \"2016-06-17\"", "\"date\": \"June 2016\"", StringComparison.Ordinal)), () => Fw(Assessment)),
        Case(FrameworkImportRules.ValueInvalid, () => Fw(Assessment.Replace("\"assessments\": [", "\"scale\": { \"levels\": 3 }, \"assessments\": [", StringComparison.Ordinal)), () => Fw(Assessment)),
        Case(FrameworkImportRules.RequiredMissing, () => Fw("{ \"format\": \"nhp-framework-assessment\", \"version\": 1, \"assessments\": [] }"), () => Fw(Assessment)),
        Case(PolicingModelImportRules.FormatMissing, () => Pm(Model.Replace("\"format\": \"nhp-policing-model\", \"version\": 1, ", string.Empty, StringComparison.Ordinal)), () => Pm(Model)),
        Case(PolicingModelImportRules.PropertyUnknown, () => Pm(Model.Replace("\"units\"", "\"teams\": [], \"units\"", StringComparison.Ordinal)), () => Pm(Model)),
        Case(PolicingModelImportRules.ItemInvalid, () => Pm(Model.Replace("{ \"name\": \"U\" }", "{ \"name\": \"U\", \"kind\": \"squad\" }", StringComparison.Ordinal)), () => Pm(Model)),
        Case(PolicingModelImportRules.ValueInvalid, () => Pm(Model.Replace("\"units\"", "\"goLive\": \"October 2020\", \"units\"", StringComparison.Ordinal)), () => Pm(Model)),
        Case(PolicingModelImportRules.RequiredMissing, () => Pm(Model.Replace("\"name\": \"M\", ", string.Empty, StringComparison.Ordinal)), () => Pm(Model)),
    ];

    private static KeyValuePair<string, (Func<IReadOnlyList<Finding>>, Func<IReadOnlyList<Finding>>)> Case(string id, Func<IReadOnlyList<Finding>> fires, Func<IReadOnlyList<Finding>> quiet) =>
        new(id, (fires, quiet));

    private static IReadOnlyList<Finding> Ps(string text) => ProblemSolvingJson.Read(new StringReader(text), "register.json").Findings;

    private static IReadOnlyList<Finding> Fw(string text) => FrameworkJson.Read(new StringReader(text), "framework.json").Findings;

    private static IReadOnlyList<Finding> Pm(string text) => PolicingModelJson.Read(new StringReader(text), "model.json").Findings;
}
