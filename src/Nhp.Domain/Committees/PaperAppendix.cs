namespace Nhp.Committees;

/// <summary>An appendix listed by a paper, with whether it may be published.</summary>
/// <param name="Title">The title as listed ("Appendix 1 – Policing Plan Measures 23-24").</param>
/// <param name="IsPublic">Whether the appendix is public; a non-public appendix cannot go with a public paper.</param>
public sealed record PaperAppendix(string Title, bool IsPublic = true);
