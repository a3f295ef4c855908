using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Committees.Rules;

internal sealed class DateMissingRule() : Rule<PaperCheck>(new RuleDescriptor(PaperRules.DateMissing, PaperRules.Area, Severity.Error, "Paper is undated",
    "Checks that the front sheet dates the paper for at least one committee (\"Dated: 22 February 2024\"). An undated paper cannot be placed on an agenda or judged for how current its figures are."))
{
    public override IEnumerable<Finding> Check(PaperCheck input)
    {
        if (input.Paper.FrontSheet.Date is null)
        {
            yield return Found(input.Paper.Title, PaperCheck.DatedField,
                $"The paper '{input.Paper.Title}' has no date for any committee; give the meeting date in the \"Dated:\" column.",
                input.LocationOf(PaperCheck.DatedField));
        }
    }
}
