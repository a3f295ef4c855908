namespace Nhp.Committees.Storage;

/// <summary>An appendix of a stored paper: its title as listed and whether it is public (true when left out).</summary>
internal sealed record AppendixEntry
{
    /// <summary>The title as listed.</summary>
    public required string Title { get; init; }

    /// <summary>Whether the appendix may be published; none (public) when left out.</summary>
    public bool? Public { get; init; }

    public static AppendixEntry From(PaperAppendix appendix) => new() { Title = appendix.Title, Public = appendix.IsPublic ? null : false };

    public PaperAppendix ToAppendix() => new(Title, Public ?? true);
}
