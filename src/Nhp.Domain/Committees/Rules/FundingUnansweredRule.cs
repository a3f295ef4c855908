using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Committees.Rules;

internal sealed class FundingUnansweredRule() : Rule<PaperCheck>(new RuleDescriptor(PaperRules.FundingUnanswered, PaperRules.Area, Severity.Warning, "Funding question unanswered",
    "Checks that each of the front sheet's four funding questions (extra spending, how much, source, agreed with the Chamberlain's Department) has an answer, even if it is \"N/A\". A blank answer leaves members unsure whether money is asked for."))
{
    public override IEnumerable<Finding> Check(PaperCheck input)
    {
        var answers = input.Paper.FrontSheet.Funding.Answers;
        for (var i = 0; i < answers.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(answers[i]))
            {
                yield return Found(input.Paper.Title, PaperCheck.FundingField,
                    $"The front sheet leaves \"{FundingQuestions.Questions[i]}\" unanswered; answer it, with \"N/A\" if it does not apply.",
                    input.LocationOf(PaperCheck.FundingField));
            }
        }
    }
}
