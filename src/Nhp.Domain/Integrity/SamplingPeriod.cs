using NodaTime;

namespace Nhp.Integrity;

/// <summary>
/// When an audit's sample was taken, as the paper words it (<c>Mid-July to end December 2023</c>), with the dates
/// where they are known exactly. Immutable; equality is by value.
/// </summary>
/// <param name="Text">The wording as printed; must not be empty.</param>
public sealed record SamplingPeriod(string Text)
{
    /// <summary>The first day sampled, when known exactly.</summary>
    public LocalDate? Start { get; init; }

    /// <summary>The last day sampled, when known exactly.</summary>
    public LocalDate? End { get; init; }

    /// <summary>The wording as printed.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;
}
