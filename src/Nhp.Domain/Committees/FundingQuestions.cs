namespace Nhp.Committees;

/// <summary>
/// The four funding questions of a front sheet, each answer kept as written ("N/A", "N", "£-"); an answer is null
/// when the paper leaves it blank.
/// </summary>
/// <param name="ExtraSpending">"Does this proposal require extra revenue and/or capital spending?"</param>
/// <param name="HowMuch">"If so, how much?"</param>
/// <param name="Source">"What is the source of Funding?"</param>
/// <param name="AgreedWithChamberlain">"Has this Funding Source been agreed with the Chamberlain's Department?"</param>
public sealed record FundingQuestions(string? ExtraSpending, string? HowMuch, string? Source, string? AgreedWithChamberlain)
{
    /// <summary>The four questions as the template words them, in order.</summary>
    public static IReadOnlyList<string> Questions { get; } =
    [
        "Does this proposal require extra revenue and/or capital spending?",
        "If so, how much?",
        "What is the source of Funding?",
        "Has this Funding Source been agreed with the Chamberlain's Department?",
    ];

    /// <summary>Every answer "N/A", as most police papers give them.</summary>
    public static FundingQuestions NotApplicable { get; } = new("N/A", "N/A", "N/A", "N/A");

    /// <summary>The four answers in the order of <see cref="Questions"/>.</summary>
    public IReadOnlyList<string?> Answers => [ExtraSpending, HowMuch, Source, AgreedWithChamberlain];
}
