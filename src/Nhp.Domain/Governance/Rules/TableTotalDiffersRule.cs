using Nhp.Findings;
using Nhp.Governance.Tables;
using Nhp.Rules;
using static Nhp.Governance.Rules.GovernanceRuleText;

namespace Nhp.Governance.Rules;

internal sealed class TableTotalDiffersRule() : Rule<TableSet>(new RuleDescriptor(GovernanceRules.TableTotalDiffers, GovernanceRules.Area, Severity.Warning, "Printed total differs from the counts",
    "Checks every printed total of a table (each row's, each column's and the grand total) against the sum of the counts it totals. A total that differs means a count or the total was mistyped, and the committee cannot tell which."))
{
    public override IEnumerable<Finding> Check(TableSet input)
    {
        foreach (var table in input.Tables)
        {
            for (var r = 0; r < table.PrintedRowTotals.Count && r < table.Counts.Count; r++)
            {
                if (table.PrintedRowTotals[r] is { } printed && printed != table.RowTotal(r))
                {
                    yield return Found(table.Id, table.Rows.Categories[r],
                        $"{table.Title}: the row \"{table.Rows.Categories[r]}\" prints a total of {Num(printed)}, but its counts add up to {Num(table.RowTotal(r))}.", table.RowLocation(r));
                }
            }

            for (var c = 0; c < table.PrintedColumnTotals.Count && c < table.Columns.Categories.Count; c++)
            {
                if (table.PrintedColumnTotals[c] is { } printed && printed != table.ColumnTotal(c))
                {
                    yield return Found(table.Id, table.Columns.Categories[c],
                        $"{table.Title}: the column \"{table.Columns.Categories[c]}\" prints a total of {Num(printed)}, but its counts add up to {Num(table.ColumnTotal(c))}.", table.TotalsLocation);
                }
            }

            if (table.PrintedGrandTotal is { } grand && grand != table.GrandTotal)
            {
                yield return Found(table.Id, "total",
                    $"{table.Title}: the grand total is printed as {Num(grand)}, but the counts add up to {Num(table.GrandTotal)}.", table.TotalsLocation);
            }
        }
    }
}
