namespace Nhp.Committees;

/// <summary>
/// The front sheet of a committee paper: the table every paper opens with. Text is kept as written; the parsed values
/// (dates, purpose, public or not) stand beside it. Equality compares every field, lists item by item.
/// </summary>
public sealed record FrontSheet
{
    /// <summary>The committees the paper goes to, each with the date it is dated for.</summary>
    public required IReadOnlyList<PaperCommittee> Committees { get; init; }

    /// <summary>The subject ("Q3 Policing Plan Performance 2023-24"): the paper's title.</summary>
    public required string Subject { get; init; }

    /// <summary>Whether the paper is public.</summary>
    public bool IsPublic { get; init; } = true;

    /// <summary>The public/non-public cell as written ("Public", "Non-Public").</summary>
    public string PublicText => IsPublic ? "Public" : "Non-Public";

    /// <summary>
    /// "Which outcomes in the City Corporation's Corporate Plan does this proposal aim to impact directly?", answered as
    /// written ("1", "1, 4, 12", "People are Safe and Feel Safe"), or none when blank.
    /// </summary>
    public string? CorporatePlanOutcomes { get; init; }

    /// <summary>The four funding questions.</summary>
    public FundingQuestions Funding { get; init; } = FundingQuestions.NotApplicable;

    /// <summary>Whose report it is, after "Report of:" ("Commissioner of Police").</summary>
    public required string ReportOf { get; init; }

    /// <summary>The label before <see cref="ReportOf"/> as written: "Report of" or "Joint report of".</summary>
    public string ReportOfLabel { get; init; } = "Report of";

    /// <summary>The paper's reference ("Pol 20-24"), or none.</summary>
    public string? Reference { get; init; }

    /// <summary>What the committee is asked to do, or none when the front sheet does not say.</summary>
    public PaperPurpose? Purpose { get; init; }

    /// <summary>The report author(s) as written ("Claire Flinter (Head of Business Information)"), or none.</summary>
    public string? Author { get; init; }

    /// <summary>The date of the first committee the paper is dated for, or none.</summary>
    public NodaTime.LocalDate? Date => Committees.Select(c => c.Date).FirstOrDefault(d => d is not null);

    /// <inheritdoc/>
    public bool Equals(FrontSheet? other) =>
        other is not null
        && Committees.SequenceEqual(other.Committees)
        && Subject == other.Subject
        && IsPublic == other.IsPublic
        && CorporatePlanOutcomes == other.CorporatePlanOutcomes
        && Funding == other.Funding
        && ReportOf == other.ReportOf
        && ReportOfLabel == other.ReportOfLabel
        && Reference == other.Reference
        && Purpose == other.Purpose
        && Author == other.Author;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Subject, IsPublic, ReportOf, Reference, Purpose, Author, Committees.Count);
}
