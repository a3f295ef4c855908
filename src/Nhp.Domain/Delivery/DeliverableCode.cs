using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using Nhp.Findings;

namespace Nhp.Delivery;

/// <summary>
/// The number of a deliverable in a delivery plan, such as <c>0.1</c> or <c>1.10</c>: an objective number, a dot,
/// and the deliverable's number within that objective.
/// </summary>
/// <remarks>
/// <para>
/// Codes compare numerically, part by part, so <c>1.2</c> sorts before <c>1.10</c> (a text sort would put it after).
/// Equality is by value. The objective number is 0 or more (objective 0 holds the plan's own set-up deliverables);
/// the deliverable number is 1 or more.
/// </para>
/// <para>
/// The text form is <c>{objective}.{number}</c> in invariant digits, without leading zeros; <see cref="ToString"/>
/// writes it and <see cref="Parse(string)"/> reads it back, so the two round-trip. The default value is <c>0.0</c>, which is
/// not a valid code; it exists only because this is a struct. Immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(DeliverableCodeJsonConverter))]
public readonly struct DeliverableCode : IEquatable<DeliverableCode>, IComparable<DeliverableCode>, IComparable
{
    /// <summary>The largest objective or deliverable number a code may carry.</summary>
    public const int MaxPart = 999;

    private static readonly string[] Forms = ["0.1", "1.10", "4.15"];

    /// <summary>Creates a code from its two parts.</summary>
    /// <param name="objective">The objective number, 0 to <see cref="MaxPart"/>.</param>
    /// <param name="number">The deliverable's number within the objective, 1 to <see cref="MaxPart"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range.</exception>
    public DeliverableCode(int objective, int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(objective);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(objective, MaxPart);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, MaxPart);
        Objective = objective;
        Number = number;
    }

    /// <summary>The number of the objective the deliverable belongs to: 3 for <c>3.10</c>.</summary>
    public int Objective { get; }

    /// <summary>The deliverable's number within its objective: 10 for <c>3.10</c>.</summary>
    public int Number { get; }

    /// <summary>Reads a code such as <c>1.10</c>. Surrounding white space is ignored; nothing else is.</summary>
    /// <param name="text">The code.</param>
    /// <returns>The code.</returns>
    /// <exception cref="NhpInputException">The text is not a code; the message quotes it and gives the accepted forms.</exception>
    public static DeliverableCode Parse(string text) => Parse(text, null);

    /// <summary>Reads a code such as <c>1.10</c>, saying where it came from if it cannot be read.</summary>
    /// <param name="text">The code.</param>
    /// <param name="location">Where the text was read, for the error message; may be null.</param>
    /// <returns>The code.</returns>
    /// <exception cref="NhpInputException">The text is not a code; the message quotes it, says where, and gives the accepted forms.</exception>
    public static DeliverableCode Parse(string text, SourceLocation? location)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParse(text, out var code))
        {
            return code;
        }

        throw new NhpInputException(
            $"'{text}' is not a deliverable code: expected an objective number, a dot and a deliverable number, without leading zeros.",
            location,
            "code",
            Forms);
    }

    /// <summary>Tries to read a code such as <c>1.10</c>. Surrounding white space is ignored.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="code">The code when the result is true; otherwise the default value.</param>
    /// <returns>Whether the text is a valid code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out DeliverableCode code)
    {
        code = default;
        if (text is null)
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        var dot = span.IndexOf('.');
        if (dot <= 0 || !TryPart(span[..dot], out var objective) || !TryPart(span[(dot + 1)..], out var number) || number < 1)
        {
            return false;
        }

        code = new DeliverableCode(objective, number);
        return true;
    }

    private static bool TryPart(ReadOnlySpan<char> part, out int value)
    {
        value = 0;
        if (part.Length is 0 or > 3 || (part.Length > 1 && part[0] == '0'))
        {
            return false;
        }

        foreach (var c in part)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>The code as written in a plan: <c>1.10</c>. Culture-invariant; <see cref="Parse(string)"/> reads it back.</summary>
    /// <returns>The code's text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Objective}.{Number}");

    /// <summary>Splits the code into its parts.</summary>
    /// <param name="objective">The objective number.</param>
    /// <param name="number">The deliverable number.</param>
    public void Deconstruct(out int objective, out int number)
    {
        objective = Objective;
        number = Number;
    }

    /// <inheritdoc />
    public bool Equals(DeliverableCode other) => Objective == other.Objective && Number == other.Number;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DeliverableCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Objective, Number);

    /// <summary>Compares numerically: by objective, then by deliverable number (1.2 &lt; 1.10 &lt; 2.1).</summary>
    /// <param name="other">The code to compare with.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with, or after <paramref name="other"/>.</returns>
    public int CompareTo(DeliverableCode other)
    {
        var byObjective = Objective.CompareTo(other.Objective);
        return byObjective != 0 ? byObjective : Number.CompareTo(other.Number);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        DeliverableCode other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a DeliverableCode.", nameof(obj)),
    };

    /// <summary>Whether two codes are equal.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns>True when both parts are equal.</returns>
    public static bool operator ==(DeliverableCode left, DeliverableCode right) => left.Equals(right);

    /// <summary>Whether two codes differ.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns>True when a part differs.</returns>
    public static bool operator !=(DeliverableCode left, DeliverableCode right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(DeliverableCode left, DeliverableCode right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(DeliverableCode left, DeliverableCode right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(DeliverableCode left, DeliverableCode right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(DeliverableCode left, DeliverableCode right) => left.CompareTo(right) >= 0;
}
