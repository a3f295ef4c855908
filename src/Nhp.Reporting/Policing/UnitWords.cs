using System.Globalization;
using Nhp.Policing;

namespace Nhp.Reporting.Policing;

// The words the policing-model report and its organogram use for a unit's kind and a role's staffing.
internal static class UnitWords
{
    public static string Kind(UnitKind kind) => kind switch
    {
        UnitKind.Command => "command",
        UnitKind.Sector => "sector",
        UnitKind.Hub => "hub",
        _ => "team",
    };

    /// <summary><c>PCSO: 4 of 5 (1 post unfilled)</c>, <c>Dedicated Ward Officer: 12 in post</c>, <c>PCSO: establishment 5</c>.</summary>
    public static string Staffing(Staffing role) => (role.Establishment, role.Strength) switch
    {
        ({ } e, { } s) when role.Gap > 0 => string.Create(CultureInfo.InvariantCulture, $"{role.Role}: {s} of {e} ({role.Gap} {(role.Gap == 1 ? "post" : "posts")} unfilled)"),
        ({ } e, { } s) => string.Create(CultureInfo.InvariantCulture, $"{role.Role}: {s} of {e}"),
        (null, { } s) => string.Create(CultureInfo.InvariantCulture, $"{role.Role}: {s} in post"),
        ({ } e, null) => string.Create(CultureInfo.InvariantCulture, $"{role.Role}: establishment {e}"),
        _ => role.Role,
    };
}
