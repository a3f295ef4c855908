using Nhp.Findings;
using Nhp.Governance.Tables;
using Nhp.Rules;
using static Nhp.Governance.Rules.GovernanceRuleText;
using static Nhp.Governance.Rules.TableRuleText;

namespace Nhp.Governance.Rules;

internal sealed class TablePercentageDiffersRule() : Rule<TableSet>(new RuleDescriptor(GovernanceRules.TablePercentageDiffers, GovernanceRules.Area, Severity.Warning, "Printed percentage differs from the counts",
    "Checks every value of a table's printed percentage column against the row's total as a share of the grand total, rounded to the decimals printed. A value that differs was mistyped or computed on other figures."))
{
    public override IEnumerable<Finding> Check(TableSet input)
    {
        foreach (var table in input.Tables)
        {
            if (table.Percentages is not { } column)
            {
                continue;
            }

            for (var r = 0; r < column.Values.Count && r < table.Counts.Count; r++)
            {
                if (column.Values[r] is not { } printed)
                {
                    continue;
                }

                var share = Share(table.RowTotal(r), table.GrandTotal);
                if (Rounded(share, column.Decimals) != printed)
                {
                    yield return Found(table.Id, table.Rows.Categories[r],
                        $"{table.Title}: \"{table.Rows.Categories[r]}\" prints {Percent(printed, column.Decimals)} under \"{column.Header}\", but {Num(table.RowTotal(r))} of {Num(table.GrandTotal)} is {Percent(Rounded(share, column.Decimals), column.Decimals)}.", table.RowLocation(r));
                }
            }
        }
    }
}
