namespace Nhp.Engagement;

/// <summary>The four priority areas of the Neighbourhood Policing Strategy that the engagement plan is built on.</summary>
public enum StrategyPriority
{
    /// <summary>Preventing crime, disorder and anti-social behaviour.</summary>
    PreventingCrime,

    /// <summary>Protecting the vulnerable and repeat victimisation.</summary>
    ProtectingTheVulnerable,

    /// <summary>Providing a flow of intelligence on a range of issues.</summary>
    ProvidingIntelligence,

    /// <summary>Promoting a culture of trust and confidence.</summary>
    PromotingTrustAndConfidence,
}
