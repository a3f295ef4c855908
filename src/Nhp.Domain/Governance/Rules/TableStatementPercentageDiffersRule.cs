using Nhp.Findings;
using Nhp.Governance.Tables;
using Nhp.Rules;
using static Nhp.Governance.Rules.GovernanceRuleText;
using static Nhp.Governance.Rules.TableRuleText;

namespace Nhp.Governance.Rules;

internal sealed class TableStatementPercentageDiffersRule() : Rule<TableSet>(new RuleDescriptor(GovernanceRules.TableStatementPercentageDiffers, GovernanceRules.Area, Severity.Warning, "Statement's percentage differs from the table",
    "Checks the percentage a statement in the text prints against the table: the cells it counts over the cells it says it is a share of, rounded to the decimals printed. A percentage that only matches when cut off rather than rounded is noted, not warned about."))
{
    public override IEnumerable<Finding> Check(TableSet input)
    {
        foreach (var statement in input.Statements)
        {
            if (statement.PrintedPercent is not { } printed || statement.Denominator is not { } denominator || input.Find(statement.TableId) is not { } table
                || table.Sum(statement.Numerator, out _) is not { } part || table.Sum(denominator, out _) is not { } whole || whole == 0)
            {
                continue;
            }

            var share = Share(part, whole);
            var decimals = statement.PercentDecimals;
            if (Rounded(share, decimals) == printed)
            {
                continue;
            }

            var of = denominator.Rows.Count == 0 && denominator.Columns.Count == 0 ? "the table's total of " + Num(whole) : Num(whole) + " (" + denominator + ")";
            var exact = Percent(Rounded(share, Math.Max(1, decimals)), Math.Max(1, decimals));
            if (Truncated(share, decimals) == printed)
            {
                yield return FoundAt(Severity.Info, statement.TableId, "percent",
                    $"\"{statement.Text}\" prints {Percent(printed, decimals)}: {Num(part)} of {of} is {exact}, which rounds to {Percent(Rounded(share, decimals), decimals)}; the paper seems to have cut the figure off rather than rounded it.", statement.Location);
                continue;
            }

            var message = $"\"{statement.Text}\" prints {Percent(printed, decimals)}, but {Num(part)} of {of} is {exact}.";
            if ((denominator.Rows.Count > 0 || denominator.Columns.Count > 0) && table.GrandTotal > 0)
            {
                var ofAll = Share(part, table.GrandTotal);
                if (Rounded(ofAll, decimals) == printed || Truncated(ofAll, decimals) == printed)
                {
                    message += $" The printed figure is the share of the whole table ({Num(part)} of {Num(table.GrandTotal)} is {Percent(Rounded(ofAll, 1), 1)}), not of the part the sentence names.";
                }
            }

            yield return Found(statement.TableId, "percent", message, statement.Location);
        }
    }
}
