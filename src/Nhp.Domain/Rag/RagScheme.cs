using Nhp.Delivery;

namespace Nhp.Rag;

/// <summary>
/// A named set of RAG levels, best first, with labels and definitions: the delivery plan's three-level key, the
/// five-level delivery-confidence scheme, or a force's own. Colours are presentation and live in the reporting
/// package's palette.
/// </summary>
/// <remarks>Labels are unique, ignoring letter case. Immutable and thread-safe.</remarks>
public sealed class RagScheme
{
    /// <summary>Creates a scheme.</summary>
    /// <param name="name">The scheme's name, e.g. <c>Delivery confidence</c>.</param>
    /// <param name="levels">The levels, best first; at least two.</param>
    /// <exception cref="ArgumentException">The name is blank, there are fewer than two levels, a label or definition is blank or repeated.</exception>
    public RagScheme(string name, IEnumerable<RagLevel> levels)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(levels);
        var list = levels.ToArray();
        if (list.Length < 2)
        {
            throw new ArgumentException("A RAG scheme needs at least two levels.", nameof(levels));
        }

        var labels = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var level in list)
        {
            ArgumentNullException.ThrowIfNull(level, nameof(levels));
            if (string.IsNullOrWhiteSpace(level.Label) || string.IsNullOrWhiteSpace(level.Definition))
            {
                throw new ArgumentException("Every level needs a label and a definition.", nameof(levels));
            }

            if (!labels.Add(level.Label))
            {
                throw new ArgumentException($"The label '{level.Label}' is used twice.", nameof(levels));
            }
        }

        Name = name;
        Levels = list;
    }

    /// <summary>The scheme's name.</summary>
    public string Name { get; }

    /// <summary>The levels, best first.</summary>
    public IReadOnlyList<RagLevel> Levels { get; }

    /// <summary>
    /// The delivery plan's key (seed: Neighbourhood Policing and Engagement Strategy Implementation Plan): GREEN
    /// complete/established, AMBER in progress, RED deadline missed or will not be achieved.
    /// </summary>
    public static RagScheme PlanKey { get; } = new(
        "Delivery plan key",
        [
            new RagLevel(RagKey.Word(RagStatus.Green), RagKey.Meaning(RagStatus.Green)),
            new RagLevel(RagKey.Word(RagStatus.Amber), RagKey.Meaning(RagStatus.Amber)),
            new RagLevel(RagKey.Word(RagStatus.Red), RagKey.Meaning(RagStatus.Red)),
        ]);

    /// <summary>The five-level delivery-confidence scheme: Green, Amber/Green, Amber, Amber/Red, Red.</summary>
    public static RagScheme DeliveryConfidence { get; } = new(
        "Delivery confidence",
        [
            new RagLevel("Green", "Successful delivery on time and to plan is highly likely; no major issues."),
            new RagLevel("Amber/Green", "Successful delivery is probable; the issues are minor and in hand."),
            new RagLevel("Amber", "Successful delivery is feasible but significant issues need management attention."),
            new RagLevel("Amber/Red", "Successful delivery is in doubt; major issues need urgent action."),
            new RagLevel("Red", "Successful delivery appears unachievable without a change of plan, scope or date."),
        ]);

    /// <summary>Finds a level by its label, ignoring letter case and surrounding white space.</summary>
    /// <param name="label">The label, e.g. <c>amber/red</c>.</param>
    /// <returns>The level, or null when the scheme has no such label.</returns>
    public RagLevel? Find(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var trimmed = label.Trim();
        return Levels.FirstOrDefault(l => l.Label.Equals(trimmed, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The level of the plan key that shows <paramref name="status"/>; null for <see cref="RagStatus.NotRated"/>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The level of <see cref="PlanKey"/>, or null.</returns>
    public static RagLevel? PlanKeyLevel(RagStatus status) => status switch
    {
        RagStatus.Green => PlanKey.Levels[0],
        RagStatus.Amber => PlanKey.Levels[1],
        RagStatus.Red => PlanKey.Levels[2],
        _ => null,
    };

    /// <summary>The scheme's name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;
}
