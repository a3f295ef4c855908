using Nhp.Findings;

namespace Nhp.Integrity;

/// <summary>
/// One row of a flagging audit: for one flag, how many crimes needed it and had it, had it wrongly, or needed it and
/// lacked it. A blank cell in a paper's table is a zero. Counts are kept as given; validation reports negative ones.
/// Immutable; equality is by value.
/// </summary>
/// <param name="Flag">The flag.</param>
/// <param name="RequiredAndAdded">Crimes that required the flag and had it.</param>
/// <param name="WronglyAdded">Crimes that had the flag without requiring it.</param>
/// <param name="Missed">Crimes that required the flag and did not have it.</param>
public sealed record FlagAuditRow(CrimeFlag Flag, int RequiredAndAdded, int WronglyAdded, int Missed)
{
    /// <summary>Where the row was read from, when it came from a file.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>Crimes that required the flag: required-and-added plus missed.</summary>
    public int Required => RequiredAndAdded + Missed;

    /// <summary>Crimes that carried the flag: required-and-added plus wrongly added.</summary>
    public int Applied => RequiredAndAdded + WronglyAdded;

    /// <summary>The share of required flags that were applied, or null when none was required (or a count is negative).</summary>
    public Proportion? AppliedWhenRequired => Share(RequiredAndAdded, Required);

    /// <summary>The share of applied flags that were wrong, or null when none was applied (or a count is negative).</summary>
    public Proportion? WronglyApplied => Share(WronglyAdded, Applied);

    private Proportion? Share(int part, int whole) =>
        RequiredAndAdded >= 0 && WronglyAdded >= 0 && Missed >= 0 && whole >= 1 ? new Proportion(part, whole) : null;
}
