namespace Nhp.Governance.Tables;

/// <summary>
/// A printed column of percentages beside a <see cref="CrossTab"/>: each row's total as a share of the grand total,
/// as printed, with the number of decimals printed. Immutable.
/// </summary>
/// <param name="Header">The column's header as printed, e.g. <c>% OUTCOME</c>.</param>
/// <param name="Values">One printed percentage per row (null where none was printed).</param>
/// <param name="Decimals">The decimals the paper printed (e.g. 2 for <c>24.39</c>).</param>
public sealed record PercentageColumn(string Header, IReadOnlyList<decimal?> Values, int Decimals);
