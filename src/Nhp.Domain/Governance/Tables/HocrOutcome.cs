namespace Nhp.Governance.Tables;

/// <summary>
/// One crime outcome type of the Home Office Counting Rules: its code (<c>1</c>, <c>14</c>, <c>18</c>), its title, and
/// whether it is a positive outcome (codes 1–4 and 6–8: charge or summons, cautions, offences taken into consideration,
/// penalty notices, cannabis or khat warnings and community resolutions). Immutable; equality is by value.
/// </summary>
/// <param name="Code">The outcome type's number.</param>
/// <param name="Title">Its title in the Home Office outcomes framework.</param>
/// <param name="IsPositive">Whether it is a positive outcome.</param>
public sealed record HocrOutcome(int Code, string Title, bool IsPositive);
