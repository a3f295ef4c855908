using Nhp.Findings;
using Nhp.Frameworks;
using Nhp.Governance;
using Nhp.Governance.Peel;
using Nhp.Governance.Workforce;
using Nhp.Policing;
using Nhp.ProblemSolving;
using Nhp.Rules;

namespace Nhp.Domain.Tests.Importing;

/// <summary>The import cases of the stored formats that share one reader: problem solving, frameworks, the policing model, areas for improvement and diversity profiles.</summary>
internal static class StoredFormatCases
{
    private const string Register = "{ \"format\": \"nhp-problem-solving\", \"version\": 1, \"asOf\": \"2024-03-31\", \"plans\": [ { \"reference\": \"PS-1\", \"title\": \"Cycle theft\" } ] }";
    private const string Assessment = "{ \"format\": \"nhp-framework-assessment\", \"version\": 1, \"framework\": { \"name\": \"F\", \"pillars\": [ { \"name\": \"P\", \"statements\": [ { \"id\": \"P1\", \"text\": \"T\" } ] } ] }, \"assessments\": [ { \"unit\": \"A\", \"date\": \"2016-06-17\" } ] }";
    private const string Model = "{ \"format\": \"nhp-policing-model\", \"version\": 1, \"name\": \"M\", \"asOf\": \"2021-06-22\", \"units\": [ { \"name\": \"U\" } ] }";

    private const string Peel = "{ \"format\": \"nhp-peel-update\", \"version\": 1, \"title\": \"Update\", \"inspection\": \"PEEL 2022\", \"asOf\": \"2024-02-22\", \"areas\": [ { \"id\": \"afi-01\", \"text\": \"Improve.\" } ] }";
    private const string Profile = "{ \"format\": \"nhp-diversity-profile\", \"version\": 1, \"title\": \"Staff\", \"characteristics\": [ { \"name\": \"Sex\", \"categories\": [ { \"label\": \"Female\", \"share\": 30 } ] } ] }";

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
        Case(GovernanceImportRules.PeelFormatMissing, () => Afi(Peel.Replace("\"format\": \"nhp-peel-update\", \"version\": 1, ", string.Empty, StringComparison.Ordinal)), () => Afi(Peel)),
        Case(GovernanceImportRules.PeelPropertyUnknown, () => Afi(Peel.Replace("\"areas\"", "\"afis\": [], \"areas\"", StringComparison.Ordinal)), () => Afi(Peel)),
        Case(GovernanceImportRules.PeelItemInvalid, () => Afi(Peel.Replace("\"text\": \"Improve.\"", "\"text\": \"Improve.\", \"kind\": \"aim\"", StringComparison.Ordinal)), () => Afi(Peel)),
        Case(GovernanceImportRules.PeelValueInvalid, () => Afi(Peel.Replace("2024-02-22", "22/02/2024", StringComparison.Ordinal)), () => Afi(Peel)),
        Case(GovernanceImportRules.PeelRequiredMissing, () => Afi(Peel.Replace("\"inspection\": \"PEEL 2022\", ", string.Empty, StringComparison.Ordinal)), () => Afi(Peel)),
        Case(GovernanceImportRules.WorkforceFormatMissing, () => Dp(Profile.Replace("\"format\": \"nhp-diversity-profile\", \"version\": 1, ", string.Empty, StringComparison.Ordinal)), () => Dp(Profile)),
        Case(GovernanceImportRules.WorkforcePropertyUnknown, () => Dp(Profile.Replace("\"characteristics\"", "\"groups\": [], \"characteristics\"", StringComparison.Ordinal)), () => Dp(Profile)),
        Case(GovernanceImportRules.WorkforceItemInvalid, () => Dp(Profile.Replace("\"share\": 30", "\"share\": \"30%\"", StringComparison.Ordinal)), () => Dp(Profile)),
        Case(GovernanceImportRules.WorkforceValueInvalid, () => Dp(Profile.Replace("\"title\"", "\"asOf\": \"January 2024\", \"title\"", StringComparison.Ordinal)), () => Dp(Profile)),
        Case(GovernanceImportRules.WorkforceRequiredMissing, () => Dp(Profile.Replace("\"title\": \"Staff\", ", string.Empty, StringComparison.Ordinal)), () => Dp(Profile)),
    ];

    private static KeyValuePair<string, (Func<IReadOnlyList<Finding>>, Func<IReadOnlyList<Finding>>)> Case(string id, Func<IReadOnlyList<Finding>> fires, Func<IReadOnlyList<Finding>> quiet) =>
        new(id, (fires, quiet));

    private static IReadOnlyList<Finding> Ps(string text) => ProblemSolvingJson.Read(new StringReader(text), "register.json").Findings;

    private static IReadOnlyList<Finding> Fw(string text) => FrameworkJson.Read(new StringReader(text), "framework.json").Findings;

    private static IReadOnlyList<Finding> Afi(string text) => PeelJson.Read(new StringReader(text), "peel.json").Findings;

    private static IReadOnlyList<Finding> Dp(string text) => DiversityProfileJson.Read(new StringReader(text), "profile.json").Findings;

    private static IReadOnlyList<Finding> Pm(string text) => PolicingModelJson.Read(new StringReader(text), "model.json").Findings;
}
