namespace Nhp.Frameworks;

/// <summary>
/// The ordered levels a self-assessment rates statements on, lowest first, e.g. not started, developing, established,
/// embedded (<see cref="Default"/>). Level names compare case-insensitively. Immutable.
/// </summary>
public sealed record RatingScale
{
    /// <summary>Not started, developing, established, embedded.</summary>
    public static RatingScale Default { get; } = new() { Levels = ["not started", "developing", "established", "embedded"] };

    /// <summary>The levels, lowest first; at least two.</summary>
    public required IReadOnlyList<string> Levels { get; init; }

    /// <summary>The position of <paramref name="level"/> on the scale (0 is the lowest), or null when it is not one of its levels.</summary>
    /// <param name="level">A level name.</param>
    /// <returns>The rank, or null.</returns>
    public int? Rank(string? level)
    {
        if (level is null)
        {
            return null;
        }

        for (var i = 0; i < Levels.Count; i++)
        {
            if (string.Equals(Levels[i].Trim(), level.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return null;
    }
}
