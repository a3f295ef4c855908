namespace Nhp.Integrity;

/// <summary>
/// A flagging audit: one row per flag, with totals and overall rates. Immutable.
/// </summary>
/// <param name="Period">The period audited as the paper words it, e.g. <c>Q3</c>.</param>
/// <param name="Rows">The rows in the order printed; each flag at most once (validation reports a repeat).</param>
public sealed record FlagAudit(string Period, IReadOnlyList<FlagAuditRow> Rows)
{
    /// <summary>The totals row: the column sums, under the flag name <c>Total</c>. Its rates are the overall rates.</summary>
    public FlagAuditRow Totals => new(
        CrimeFlag.Named("Total"),
        Rows.Sum(r => r.RequiredAndAdded),
        Rows.Sum(r => r.WronglyAdded),
        Rows.Sum(r => r.Missed));
}
