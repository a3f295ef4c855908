using Nhp.Findings;
using Nhp.Governance.Tables;
using Nhp.Rules;

namespace Nhp.Governance.Rules;

internal sealed class TableStatementUncheckedRule() : Rule<TableSet>(new RuleDescriptor(GovernanceRules.TableStatementUnchecked, GovernanceRules.Area, Severity.Info, "Statement cannot be checked",
    "Notes a statement that cannot be checked against the tables: it names a table or category the tables do not have, or its percentage is of something outside them (such as all crime). The committee should know which figures rest on data it has not seen."))
{
    public override IEnumerable<Finding> Check(TableSet input)
    {
        foreach (var statement in input.Statements)
        {
            if (input.Find(statement.TableId) is not { } table)
            {
                yield return Found(statement.TableId, null, $"\"{statement.Text}\" refers to a table \"{statement.TableId}\" that is not among the tables, so it was not checked.", statement.Location);
                continue;
            }

            if (table.Sum(statement.Numerator, out var unknown) is null || (statement.Denominator is { } d && table.Sum(d, out unknown) is null))
            {
                yield return Found(statement.TableId, unknown, $"\"{statement.Text}\" refers to \"{unknown}\", which {table.Title} does not have, so it was not checked.", statement.Location);
                continue;
            }

            if (statement.PrintedPercent is not null && statement.Denominator is null)
            {
                yield return Found(statement.TableId, "percent", $"\"{statement.Text}\": the percentage is of figures outside the tables, so only its count was checked.", statement.Location);
            }
        }
    }
}
