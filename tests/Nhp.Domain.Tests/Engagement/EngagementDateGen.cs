using CsCheck;
using Nhp.Engagement;
using NodaTime;

namespace Nhp.Domain.Tests.Engagement;

/// <summary>CsCheck generators of engagement dates in all four forms.</summary>
internal static class EngagementDateGen
{
    public static readonly Gen<LocalDate> Date =
        Gen.Select(Gen.Int[1000, 2996], Gen.Int[1, 12], Gen.Int[1, 31])
            .Select((y, m, d) => new LocalDate(y, m, Math.Min(d, CalendarSystem.Iso.GetDaysInMonth(y, m))));

    public static readonly Gen<EngagementDate> Day = Date.Select(EngagementDate.Day);

    public static readonly Gen<EngagementDate> Range =
        Gen.Select(Date, Gen.OneOf(Gen.Int[1, 40], Gen.Int[1, 800])).Select((start, days) => EngagementDate.Range(start, start.PlusDays(days)));

    public static readonly Gen<EngagementDate> Month = Date.Select(d => EngagementDate.WholeMonth(d.ToYearMonth()));

    public static readonly Gen<EngagementDate> Part =
        Gen.Select(Date, Gen.Enum<MonthPart>()).Select((d, p) => EngagementDate.PartOfMonth(d.ToYearMonth(), p));

    public static readonly Gen<EngagementDate> Any = Gen.OneOf(Day, Range, Month, Part);
}
