using System.Text.Json.Serialization;
using NodaTime;

namespace Nhp.Delivery;

/// <summary>
/// The delivery plan of a strategy: its objectives, each with numbered deliverables and their reported positions.
/// Immutable; equality is by value, including every list in order.
/// </summary>
/// <remarks>
/// Objective 0, where a plan has one, holds the plan's own set-up work (publishing the strategy, the implementation plan,
/// the performance and governance frameworks): a plan may list 0.1–0.4 under no objective heading, and
/// Nhp names that group <see cref="SetUpObjectiveTitle"/>.
/// </remarks>
[Nhp.Display.TypeFormatterSource(typeof(Nhp.Display.NotebookFormatterSource))]
public sealed record DeliveryPlan
{
    /// <summary>The title Nhp gives objective 0 when the document gives it none.</summary>
    public const string SetUpObjectiveTitle = "Strategy set-up and governance";

    /// <summary>The plan's title as the document gives it, or null when the source (a CSV file, say) does not carry one.</summary>
    public string? Title { get; init; }

    /// <summary>The objectives in plan order.</summary>
    public required IReadOnlyList<Objective> Objectives { get; init; }

    /// <summary>Every deliverable of every objective, in plan order.</summary>
    [JsonIgnore]
    public IEnumerable<Deliverable> Deliverables => Objectives.SelectMany(o => o.Deliverables);

    /// <summary>The latest as-of month of any update, or null when nothing has been reported.</summary>
    [JsonIgnore]
    public YearMonth? AsOf => Deliverables
        .Where(d => d.Latest is not null)
        .Select(d => (YearMonth?)d.Latest!.AsOf)
        .DefaultIfEmpty(null)
        .Max();

    /// <summary>
    /// The date the plan speaks for: the last day of its latest update month (<see cref="AsOf"/>), so a plan whose
    /// latest position is "January 2024" speaks for 31 January 2024. Null when nothing has been reported. This is the
    /// date the RAG rules judge a plan at when no other date is given.
    /// </summary>
    [JsonIgnore]
    public LocalDate? AsOfDate => Deliverables
        .Where(d => d.Latest is not null)
        .Select(d => (LocalDate?)d.Latest!.UpdatedOn)
        .DefaultIfEmpty(null)
        .Max();

    /// <summary>The months of the plan's status updates (one per committee paper), oldest first, each once.</summary>
    [JsonIgnore]
    public IReadOnlyList<YearMonth> UpdateMonths => [.. Deliverables.SelectMany(d => d.Updates).Select(u => u.AsOf).Distinct().Order()];

    /// <summary>
    /// The objective a finding's subject belongs to: when the subject is a deliverable code (<c>3.6</c>), the objective
    /// of that number; otherwise (the plan, a field, an unknown objective) null.
    /// </summary>
    /// <param name="subject">A finding's subject.</param>
    /// <returns>The objective, or null.</returns>
    public Objective? ObjectiveOf(string? subject) =>
        DeliverableCode.TryParse(subject, out var code) ? Objectives.FirstOrDefault(o => o.Number == code.Objective) : null;

    /// <summary>The deliverable with the code, or null when there is none (the first, if codes repeat).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The deliverable, or null.</returns>
    public Deliverable? Find(DeliverableCode code) => Deliverables.FirstOrDefault(d => d.Code == code);

    /// <summary>
    /// Combines this plan with the plan of a later paper, so that two committee papers become two updates of one plan.
    /// Objectives and deliverables are matched by number and code and kept in numeric order; where both plans have
    /// one, the later plan's title, commitment and owner are used. A deliverable's updates are the union of both
    /// histories in month order; for a month both give, the later plan's update is kept.
    /// </summary>
    /// <param name="later">The plan from the later paper.</param>
    /// <returns>The combined plan; this plan's title unless the later plan has one.</returns>
    public DeliveryPlan WithUpdatesFrom(DeliveryPlan later)
    {
        ArgumentNullException.ThrowIfNull(later);
        var objectives = new List<Objective>();
        foreach (var number in Objectives.Concat(later.Objectives).Select(o => o.Number).Distinct().Order())
        {
            var mine = Objectives.FirstOrDefault(o => o.Number == number);
            var theirs = later.Objectives.FirstOrDefault(o => o.Number == number);
            var deliverables = new List<Deliverable>();
            var codes = (mine?.Deliverables ?? []).Concat(theirs?.Deliverables ?? []).Select(d => d.Code).Distinct().Order();
            foreach (var code in codes)
            {
                var old = mine?.Deliverables.FirstOrDefault(d => d.Code == code);
                var now = theirs?.Deliverables.FirstOrDefault(d => d.Code == code);
                if (old is null || now is null)
                {
                    deliverables.Add((old ?? now)!);
                    continue;
                }

                var updates = old.Updates.Where(u => now.Updates.All(n => n.AsOf != u.AsOf)).Concat(now.Updates).OrderBy(u => u.AsOf).ToList();
                deliverables.Add(now with { Owner = now.Owner ?? old.Owner, Updates = updates });
            }

            objectives.Add(new Objective { Number = number, Title = (theirs ?? mine)!.Title, Deliverables = deliverables });
        }

        return new DeliveryPlan { Title = later.Title ?? Title, Objectives = objectives };
    }

    /// <summary>Whether the two plans are equal field by field, lists in order.</summary>
    /// <param name="other">The other plan.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(DeliveryPlan? other) =>
        other is not null
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && Objectives.SequenceEqual(other.Objectives);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title is null ? 0 : StringComparer.Ordinal.GetHashCode(Title), Objectives.Count);
}
