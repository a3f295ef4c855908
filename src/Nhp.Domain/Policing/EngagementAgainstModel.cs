using Nhp.Engagement;

namespace Nhp.Policing;

/// <summary>Engagement data to be checked against the policing model whose ward-to-cluster mapping it should follow. Immutable.</summary>
/// <param name="Model">The policing model: its clusters and their wards are the reference.</param>
/// <param name="Engagement">The engagement data whose places are checked.</param>
public sealed record EngagementAgainstModel(PolicingModel Model, EngagementData Engagement);
