using Nhp.Engagement;
using Nhp.Findings;
using Nhp.Policing.Rules;
using Nhp.Rules;

namespace Nhp.Policing;

/// <summary>
/// The checks on a policing model and on engagement data against it: their stable ids, <see cref="Default"/> (places
/// and units well formed, every ward in a cluster, staffing below establishment, activity results well formed) and
/// <see cref="Engagement"/> (the engagement part's clusters and wards agree with the model's mapping). Pure and
/// thread-safe.
/// </summary>
public static class PolicingModelRules
{
    /// <summary>The area of the policing model rules' descriptors.</summary>
    public const string Area = "policing-model";

    /// <summary>Error: a cluster lists a ward the model does not have, a ward is in two clusters, or a cluster or unit names a sector or parent that does not exist, or unit names repeat.</summary>
    public const string StructureInvalid = "policing-model.structure.invalid";

    /// <summary>Warning: a ward of the model is in no cluster.</summary>
    public const string WardUnmapped = "policing-model.places.ward-unmapped";

    /// <summary>Warning: a role's strength is below its establishment.</summary>
    public const string BelowEstablishment = "policing-model.staffing.below-establishment";

    /// <summary>Error: an activity result has a negative count or a period that ends before it starts.</summary>
    public const string ResultInvalid = "policing-model.result.invalid";

    /// <summary>Error: the engagement data's clusters or ward mapping differ from the model's.</summary>
    public const string EngagementClustersDiffer = "policing-model.engagement.clusters-differ";

    /// <summary>Every rule on a model, in the order they run.</summary>
    public static RuleSet<PolicingModel> Default { get; } = new(
        "policing model checks",
        [
            new StructureInvalidRule(),
            new WardUnmappedRule(),
            new BelowEstablishmentRule(),
            new ResultInvalidRule(),
        ]);

    /// <summary>The rule that checks engagement data's places against the model.</summary>
    public static RuleSet<EngagementAgainstModel> Engagement { get; } = new("engagement against the policing model", [new EngagementClustersDifferRule()]);

    /// <summary>Runs every rule of <see cref="Default"/>.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The findings, rule by rule; empty when all is well.</returns>
    public static IReadOnlyList<Finding> Check(PolicingModel model) => Default.Check(model);

    /// <summary>Checks that <paramref name="engagement"/>'s clusters and ward lists agree with <paramref name="model"/>'s.</summary>
    /// <param name="model">The model, whose mapping is the reference.</param>
    /// <param name="engagement">The engagement data.</param>
    /// <returns>The findings; empty when they agree.</returns>
    public static IReadOnlyList<Finding> Check(PolicingModel model, EngagementData engagement) => Engagement.Check(new EngagementAgainstModel(model, engagement));
}
