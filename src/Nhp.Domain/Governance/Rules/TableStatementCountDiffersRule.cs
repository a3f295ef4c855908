using Nhp.Findings;
using Nhp.Governance.Tables;
using Nhp.Rules;
using static Nhp.Governance.Rules.GovernanceRuleText;

namespace Nhp.Governance.Rules;

internal sealed class TableStatementCountDiffersRule() : Rule<TableSet>(new RuleDescriptor(GovernanceRules.TableStatementCountDiffers, GovernanceRules.Area, Severity.Warning, "Statement's count differs from the table",
    "Checks the count a statement in the text prints (its n) against the cells of the table it describes. A count that differs means the text and the table disagree."))
{
    public override IEnumerable<Finding> Check(TableSet input)
    {
        foreach (var statement in input.Statements)
        {
            if (statement.PrintedCount is { } printed && input.Find(statement.TableId)?.Sum(statement.Numerator, out _) is { } counted && counted != printed)
            {
                yield return Found(statement.TableId, "n",
                    $"\"{statement.Text}\" prints n={Num(printed)}, but the table gives {Num(counted)} for {statement.Numerator}.", statement.Location);
            }
        }
    }
}
