namespace Nhp.Frameworks;

/// <summary>Frameworks published by police forces that Nhp ships, ready to assess against or to adapt with a <c>with</c> expression.</summary>
public static class KnownFrameworks
{
    /// <summary>
    /// The four pillars of neighbourhood policing: Visibility, Engagement, Problem Solving and Community Resilience,
    /// with each pillar's purpose as the Thames Valley neighbourhood policing strategy states it (report to the Police
    /// and Crime Panel, 17 June 2016). The strategy's LPA self-assessment checklist is not published, so the
    /// statements to assess are drawn from the activities the same report gives as progress under each pillar;
    /// replace them with a force's own checklist where it has one. The source names no force, because force data lives
    /// in dataset packages: <c>ThamesValleyDataset.FourPillars2016</c> in <c>Nhp.Datasets.ThamesValley</c> is the same
    /// framework with the report named and its progress by pillar.
    /// </summary>
    public static Framework FourPillars { get; } = new()
    {
        Name = "Four pillars of neighbourhood policing",
        Source = "Neighbourhood policing strategy of four pillars (Neighbourhood Policing Review update to a Police and Crime Panel, 17 June 2016)",
        Pillars =
        [
            new Pillar
            {
                Name = "Visibility",
                Purpose = "Visibility to increase public confidence and reduce crime",
                Statements =
                [
                    new("V1", "Patrol plans use demand data so that key locations are visited at the times of greatest impact and effect."),
                    new("V2", "Mobile technology lets patrolling officers stay visible in the community with the information they need."),
                    new("V3", "Administrative work has been reduced so that neighbourhood staff spend more time visibly on patrol."),
                    new("V4", "Neighbourhood staff are deployed to volume crime according to the threat to, and vulnerability of, victims."),
                ],
            },
            new Pillar
            {
                Name = "Engagement",
                Purpose = "Engagement to enable the participation of communities in policing at their chosen level",
                Statements =
                [
                    new("E1", "Engagement reaches all communities, including events and online sessions on local themes."),
                    new("E2", "Social media is used to engage, and incoming messages are monitored and answered."),
                    new("E3", "The public can find what is happening in their neighbourhood and how to take part in engagement and problem solving."),
                ],
            },
            new Pillar
            {
                Name = "Problem Solving",
                Purpose = "Problem solving to identify, establish causation, respond and address local problems",
                Statements =
                [
                    new("P1", "Problem-solving activity is prioritised with demand and vulnerability data."),
                    new("P2", "Officers, staff and partners are trained in problem solving, and the training is owned by the teams that deliver it."),
                    new("P3", "Problem-solving plans are reviewed, the impact of responses is evaluated, and good practice is shared."),
                ],
            },
            new Pillar
            {
                Name = "Community Resilience",
                Purpose = "Community Resilience to increase public involvement in policing",
                Statements =
                [
                    new("C1", "PCSOs are trained to secure the participation of community members in resolving local issues."),
                    new("C2", "Statutory and voluntary partners work with the force to reduce demand, harm and risk through early intervention."),
                    new("C3", "Citizens in Policing (Special Constabulary, volunteers, cadets) are part of neighbourhood policing."),
                ],
            },
        ],
    };
}
