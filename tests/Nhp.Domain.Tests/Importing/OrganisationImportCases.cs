using Nhp.Findings;
using Nhp.ProblemSolving;
using Nhp.Reviews;
using Nhp.Rules;
using NodaTime;

namespace Nhp.Domain.Tests.Importing;

/// <summary>The import cases of a problem-solving register read as a table (CSV) and of the review recommendations format.</summary>
internal static class OrganisationImportCases
{
    private const string Table = "reference,title,opened\nPS-1,Cycle theft,2024-01-08\n";
    private const string Register = "{ \"format\": \"nhp-review-recommendations\", \"version\": 1, \"review\": \"R\", \"accepted\": \"2015-04-01\", \"asOf\": \"2016-06-17\", \"recommendations\": [ { \"id\": \"1\" } ] }";

    /// <summary>The descriptors these cases cover beyond <see cref="StoredFormatCases.Rules"/>.</summary>
    public static IReadOnlyList<RuleDescriptor> Rules => RecommendationImportRules.All;

    public static IEnumerable<KeyValuePair<string, (Func<IReadOnlyList<Finding>> Fires, Func<IReadOnlyList<Finding>> Quiet)>> All =>
    [
        Case(ProblemSolvingImportRules.ColumnMissing, () => Csv(Table.Replace("title", "colour", StringComparison.Ordinal)), () => Csv(Table)),
        Case(ProblemSolvingImportRules.ColumnUnknown, () => Csv(Table.Replace("opened", "colour", StringComparison.Ordinal)), () => Csv(Table)),
        Case(ProblemSolvingImportRules.RowInvalid, () => Csv(Table.Replace("2024-01-08", "8 January", StringComparison.Ordinal)), () => Csv(Table)),
        Case(RecommendationImportRules.FormatMissing, () => Rec(Register.Replace("\"format\": \"nhp-review-recommendations\", \"version\": 1, ", string.Empty, StringComparison.Ordinal)), () => Rec(Register)),
        Case(RecommendationImportRules.PropertyUnknown, () => Rec(Register.Replace("\"review\"", "\"pillars\": [], \"review\"", StringComparison.Ordinal)), () => Rec(Register)),
        Case(RecommendationImportRules.ItemInvalid, () => Rec(Register.Replace("{ \"id\": \"1\" }", "{ \"id\": \"1\", \"closed\": \"June 2016\" }", StringComparison.Ordinal)), () => Rec(Register)),
        Case(RecommendationImportRules.ValueInvalid, () => Rec(Register.Replace("\"asOf\": \"2016-06-17\"", "\"asOf\": \"2016-06-17\", \"printedCount\": 31", StringComparison.Ordinal)), () => Rec(Register)),
        Case(RecommendationImportRules.RequiredMissing, () => Rec(Register.Replace("\"accepted\": \"2015-04-01\", ", string.Empty, StringComparison.Ordinal)), () => Rec(Register)),
    ];

    private static KeyValuePair<string, (Func<IReadOnlyList<Finding>>, Func<IReadOnlyList<Finding>>)> Case(string id, Func<IReadOnlyList<Finding>> fires, Func<IReadOnlyList<Finding>> quiet) =>
        new(id, (fires, quiet));

    private static IReadOnlyList<Finding> Csv(string text) =>
        ProblemSolvingCsv.Read(new StringReader(text), "register.csv", new ProblemSolvingImportOptions { AsOf = new LocalDate(2024, 3, 31) }).Findings;

    private static IReadOnlyList<Finding> Rec(string text) => ReviewRecommendationsJson.Read(new StringReader(text), "recommendations.json").Findings;
}
