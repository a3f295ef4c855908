namespace Nhp.Importing;

/// <summary>
/// The most any reader takes in, so that a huge or endless input (a device such as <c>/dev/zero</c>, a runaway
/// export) fails with a located <see cref="NhpInputException"/> instead of exhausting memory. The limits apply to
/// the path and <see cref="Stream"/> overloads of every reader (plan text, CSV and JSON, the strategy's
/// objectives, crime data integrity CSV, police.uk CSV, engagement JSON); a <see cref="TextReader"/> passed by
/// the caller is read as given.
/// </summary>
/// <remarks>
/// Rows are bounded by <see cref="MaxCharacters"/>: no reader keeps more than a constant amount per character
/// read. Every reader's work is linear (or n log n) in its input.
/// </remarks>
public static class ImportLimits
{
    /// <summary>The most characters read from one text input (tables, CSV): 256 Mi (268,435,456).</summary>
    public const long MaxCharacters = 256L * 1024 * 1024;

    /// <summary>The longest line of a text input (tables, CSV), in characters: 1 Mi (1,048,576).</summary>
    public const int MaxLineLength = 1024 * 1024;

    /// <summary>The largest JSON file read (plans, engagement data), in bytes: 64 MiB (67,108,864).</summary>
    public const int MaxJsonBytes = 64 * 1024 * 1024;

    /// <summary>
    /// The largest count the crime data integrity reader accepts (crimes disclosed, recorded, flagged): 10,000,000,
    /// so that totals of a review's counts cannot overflow.
    /// </summary>
    public const int MaxCount = 10_000_000;

    /// <summary>The deepest nesting of a JSON input: <see cref="Serialization.NhpJson.MaxDepth"/>.</summary>
    public const int MaxJsonDepth = Serialization.NhpJson.MaxDepth;
}
