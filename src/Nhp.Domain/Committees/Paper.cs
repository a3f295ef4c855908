namespace Nhp.Committees;

/// <summary>
/// A committee paper: the front sheet, then Summary, Recommendation(s), the main report, appendices and the contact
/// officers. The main report is either a report the library renders (<see cref="MainReport"/>, a report id) or, for a
/// paper read back from a file, the headings of its sections (<see cref="Sections"/>). Text is kept as written.
/// </summary>
public sealed record Paper
{
    /// <summary>The front sheet.</summary>
    public required FrontSheet FrontSheet { get; init; }

    /// <summary>The summary's paragraphs, as written.</summary>
    public IReadOnlyList<string> Summary { get; init; } = [];

    /// <summary>The recommendation(s): what members are asked to do ("Members are asked to note the report.").</summary>
    public IReadOnlyList<string> Recommendations { get; init; } = [];

    /// <summary>The id of the report the library renders as the main report, or none.</summary>
    public string? MainReport { get; init; }

    /// <summary>The headings of the main report's sections, for a paper read from a file; empty otherwise.</summary>
    public IReadOnlyList<string> Sections { get; init; } = [];

    /// <summary>The appendices the paper lists.</summary>
    public IReadOnlyList<PaperAppendix> Appendices { get; init; } = [];

    /// <summary>The contact officers named at the end.</summary>
    public IReadOnlyList<ContactOfficer> Contacts { get; init; } = [];

    /// <summary>The paper's title: its front sheet's subject.</summary>
    public string Title => FrontSheet.Subject;
}
