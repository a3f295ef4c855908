namespace Nhp.Committees.Storage;

/// <summary>
/// The whole of an <c>nhp-front-sheet</c> file: a paper's front sheet and the words around its main report (summary,
/// recommendations, appendices, contact officers). What <see cref="FrontSheetJson.Write"/> writes and the schema in
/// <c>docs/front-sheet.schema.json</c> describes; the reader reads the top-level values one by one. Optional members
/// are nullable without initialisers because the source-generated reader sets a missing init-only member to its default.
/// </summary>
internal sealed record FrontSheetFile
{
    /// <summary>The committees and dates ("Committee(s): / Dated:").</summary>
    public IReadOnlyList<CommitteeEntry>? Committees { get; init; }

    /// <summary>The subject: the paper's title.</summary>
    public required string Subject { get; init; }

    /// <summary>Whether the paper is public; public when left out.</summary>
    public bool? Public { get; init; }

    /// <summary>The Corporate Plan outcomes as written.</summary>
    public string? CorporatePlanOutcomes { get; init; }

    /// <summary>The four funding answers; a missing answer (or a missing object) is left blank.</summary>
    public FundingEntry? Funding { get; init; }

    /// <summary>"Report of" (when left out) or "Joint report of".</summary>
    public string? ReportOfLabel { get; init; }

    /// <summary>Whose report it is.</summary>
    public required string ReportOf { get; init; }

    /// <summary>The paper's reference ("Pol 20-24").</summary>
    public string? Reference { get; init; }

    /// <summary>What the committee is asked to do.</summary>
    public PaperPurpose? Purpose { get; init; }

    /// <summary>The report author(s) as written.</summary>
    public string? Author { get; init; }

    /// <summary>The summary's paragraphs.</summary>
    public IReadOnlyList<string>? Summary { get; init; }

    /// <summary>The recommendation(s).</summary>
    public IReadOnlyList<string>? Recommendations { get; init; }

    /// <summary>The appendices listed.</summary>
    public IReadOnlyList<AppendixEntry>? Appendices { get; init; }

    /// <summary>The contact officers.</summary>
    public IReadOnlyList<ContactOfficer>? Contacts { get; init; }

    public static FrontSheetFile From(Paper paper)
    {
        var sheet = paper.FrontSheet;
        return new FrontSheetFile
        {
            Committees = [.. sheet.Committees.Select(CommitteeEntry.From)],
            Subject = sheet.Subject,
            Public = sheet.IsPublic,
            CorporatePlanOutcomes = sheet.CorporatePlanOutcomes,
            Funding = FundingEntry.From(sheet.Funding),
            ReportOfLabel = sheet.ReportOfLabel,
            ReportOf = sheet.ReportOf,
            Reference = sheet.Reference,
            Purpose = sheet.Purpose,
            Author = sheet.Author,
            Summary = paper.Summary,
            Recommendations = paper.Recommendations,
            Appendices = [.. paper.Appendices.Select(AppendixEntry.From)],
            Contacts = paper.Contacts,
        };
    }
}
