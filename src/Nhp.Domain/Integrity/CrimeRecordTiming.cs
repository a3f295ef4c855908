namespace Nhp.Integrity;

/// <summary>
/// When one crime was disclosed to the police and when it was recorded, for measuring timeliness. Either instant may
/// be missing in real extracts; <see cref="TimelinessAnalysis.FromRecords"/> reports that rather than dropping it.
/// Immutable; equality is by value.
/// </summary>
/// <param name="Id">The crime or occurrence reference, e.g. a Niche occurrence number.</param>
/// <param name="Disclosed">When the crime was disclosed (reported), when known.</param>
/// <param name="Recorded">When it was recorded as a crime, when known.</param>
public sealed record CrimeRecordTiming(string Id, NodaTime.Instant? Disclosed, NodaTime.Instant? Recorded);
