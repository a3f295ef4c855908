using System.Runtime.CompilerServices;
using Nhp.Findings;

namespace Nhp.Delivery;

/// <summary>
/// The result of importing a delivery plan: the plan, the diagnostics (what was repaired, what was ambiguous, what
/// could not be read, each with its line), and where each deliverable was read. Immutable.
/// </summary>
/// <remarks>
/// An import never drops input silently: a row it could not use is reported as an error diagnostic. Input that
/// cannot be read at all (an empty file, no deliverable rows) is not an import result but an
/// <see cref="NhpInputException"/>.
/// </remarks>
public sealed class PlanImport
{
    private readonly ConditionalWeakTable<Deliverable, SourceLocation> locations;

    internal PlanImport(DeliveryPlan plan, IReadOnlyList<Finding> diagnostics, IEnumerable<(Deliverable Deliverable, SourceLocation Location)> locations)
    {
        Plan = plan;
        Diagnostics = diagnostics;
        this.locations = [];
        foreach (var (deliverable, location) in locations)
        {
            this.locations.AddOrUpdate(deliverable, location);
        }
    }

    /// <summary>The imported plan.</summary>
    public DeliveryPlan Plan { get; }

    /// <summary>What the import repaired, found ambiguous or could not use, in input order.</summary>
    public IReadOnlyList<Finding> Diagnostics { get; }

    /// <summary>Whether any diagnostic is an error (part of the input could not be used as it stands).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>Where a deliverable of <see cref="Plan"/> was read (its first row), or null for any other object.</summary>
    /// <param name="deliverable">A deliverable of <see cref="Plan"/> (compared by reference, so repeated codes are told apart).</param>
    /// <returns>The location, or null.</returns>
    public SourceLocation? LocationOf(Deliverable deliverable)
    {
        ArgumentNullException.ThrowIfNull(deliverable);
        return locations.TryGetValue(deliverable, out var location) ? location : null;
    }
}
