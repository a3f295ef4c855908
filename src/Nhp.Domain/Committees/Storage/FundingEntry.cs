namespace Nhp.Committees.Storage;

/// <summary>The four funding answers of a stored front sheet, each as written; a missing answer is a blank one.</summary>
internal sealed record FundingEntry
{
    /// <summary>"Does this proposal require extra revenue and/or capital spending?"</summary>
    public string? ExtraSpending { get; init; }

    /// <summary>"If so, how much?"</summary>
    public string? HowMuch { get; init; }

    /// <summary>"What is the source of Funding?"</summary>
    public string? Source { get; init; }

    /// <summary>"Has this Funding Source been agreed with the Chamberlain's Department?"</summary>
    public string? AgreedWithChamberlain { get; init; }

    public static FundingEntry From(FundingQuestions funding) => new()
    {
        ExtraSpending = funding.ExtraSpending,
        HowMuch = funding.HowMuch,
        Source = funding.Source,
        AgreedWithChamberlain = funding.AgreedWithChamberlain,
    };

    public FundingQuestions ToFunding() => new(ExtraSpending, HowMuch, Source, AgreedWithChamberlain);
}
