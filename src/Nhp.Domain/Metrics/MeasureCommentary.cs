namespace Nhp.Metrics;

/// <summary>
/// One section of a paper's commentary on a measure, verbatim: its heading as printed (<c>Reasons</c>,
/// <c>Response</c>, <c>Data Trend</c>) and its text, paragraphs separated by a blank line. Immutable; equality by value.
/// </summary>
/// <param name="Heading">The heading as printed.</param>
/// <param name="Text">The text as printed; paragraphs are separated by <c>"\n\n"</c>.</param>
public sealed record MeasureCommentary(string Heading, string Text)
{
    /// <summary>The paragraphs of <see cref="Text"/>, in order, without empty ones.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> Paragraphs =>
        [.. Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
