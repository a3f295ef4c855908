using System.Diagnostics.CodeAnalysis;
using Nhp.Findings;

namespace Nhp.Delivery;

/// <summary>
/// The RAG key of the delivery plan: the word and the meaning of each <see cref="RagStatus"/>, and reading a status
/// from the word a document uses. Culture-invariant; thread-safe.
/// </summary>
public static class RagKey
{
    /// <summary>The word for <see cref="RagStatus.NotRated"/> as written by <see cref="Word"/>.</summary>
    public const string NotRatedWord = "NOT RATED";

    private static readonly string[] Forms = ["GREEN", "AMBER", "RED", "NOT RATED (or an empty cell)"];

    /// <summary>The statuses in the order the key lists them: GREEN, AMBER, RED, then not rated.</summary>
    public static IReadOnlyList<RagStatus> Statuses { get; } = [RagStatus.Green, RagStatus.Amber, RagStatus.Red, RagStatus.NotRated];

    /// <summary>The status as a plan writes it: <c>GREEN</c>, <c>AMBER</c>, <c>RED</c> or <c>NOT RATED</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The upper-case word; <see cref="Parse(string)"/> reads it back.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined status.</exception>
    public static string Word(RagStatus status) => status switch
    {
        RagStatus.Green => "GREEN",
        RagStatus.Amber => "AMBER",
        RagStatus.Red => "RED",
        RagStatus.NotRated => NotRatedWord,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a defined RAG status."),
    };

    /// <summary>The meaning of the status, in the words of the plan's key: <c>Complete/established</c> for GREEN.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The meaning.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined status.</exception>
    public static string Meaning(RagStatus status) => status switch
    {
        RagStatus.Green => "Complete/established",
        RagStatus.Amber => "In progress",
        RagStatus.Red => "Deadline missed or will not be achieved",
        RagStatus.NotRated => "No status given",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a defined RAG status."),
    };

    /// <summary>
    /// Tries to read a status. Accepts the words <c>GREEN</c>, <c>AMBER</c>, <c>RED</c> and <c>NOT RATED</c> in any
    /// letter case with surrounding white space; an empty or blank text means <see cref="RagStatus.NotRated"/>.
    /// Anything else (<c>BLUE</c>, <c>AMBER/GREEN</c>) is not a status.
    /// </summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="status">The status when the result is true.</param>
    /// <returns>Whether the text is a status.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out RagStatus status)
    {
        status = RagStatus.NotRated;
        if (text is null)
        {
            return false;
        }

        var word = text.Trim();
        if (word.Length == 0 || word.Equals(NotRatedWord, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var candidate in Statuses)
        {
            if (word.Equals(Word(candidate), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a status (see <see cref="TryParse"/> for the forms accepted).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The status.</returns>
    /// <exception cref="NhpInputException">The text is not a status.</exception>
    public static RagStatus Parse(string text) => Parse(text, null, null);

    /// <summary>Reads a status, saying where and for what it was read if it cannot be.</summary>
    /// <param name="text">The text.</param>
    /// <param name="location">Where the text was read; may be null.</param>
    /// <param name="subject">What the status belongs to (a deliverable code), for the message; may be null.</param>
    /// <returns>The status.</returns>
    /// <exception cref="NhpInputException">The text is not a status; the message quotes it and lists the accepted words.</exception>
    public static RagStatus Parse(string text, SourceLocation? location, string? subject)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParse(text, out var status))
        {
            return status;
        }

        var of = subject is null ? string.Empty : $" of {subject}";
        throw new NhpInputException($"The RAG status{of} '{text}' is not one of the plan's key.", location, "rag", Forms);
    }
}
