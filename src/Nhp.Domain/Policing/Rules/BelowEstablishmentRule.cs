using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Policing.Rules;

/// <summary>A role's strength is below its establishment.</summary>
internal sealed class BelowEstablishmentRule() : Rule<PolicingModel>(new RuleDescriptor(PolicingModelRules.BelowEstablishment, PolicingModelRules.Area, Severity.Warning, "Strength below establishment",
    "Checks, for every role whose establishment (posts funded) and strength (people in post) are both given, that strength is not below establishment. A gap in neighbourhood roles reduces visibility and engagement."))
{
    public override IEnumerable<Finding> Check(PolicingModel model) =>
        from unit in model.Units
        from role in unit.Staffing
        where role.Gap > 0
        select Found(unit.Name, role.Role, string.Create(CultureInfo.InvariantCulture,
            $"{role.Role}: {role.Strength} in post against an establishment of {role.Establishment} ({role.Gap} {(role.Gap == 1 ? "post" : "posts")} unfilled) as at {Text.Wording.Date(model.AsOf)}."));
}
