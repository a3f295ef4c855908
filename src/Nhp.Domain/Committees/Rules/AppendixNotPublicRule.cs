using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Committees.Rules;

internal sealed class AppendixNotPublicRule() : Rule<PaperCheck>(new RuleDescriptor(PaperRules.AppendixNotPublic, PaperRules.Area, Severity.Error, "Public paper with a non-public appendix",
    "Checks that a paper marked Public lists no non-public appendix. A public paper is published with its appendices; an exempt appendix must go in the non-public part of the agenda, or the paper must be marked non-public."))
{
    public override IEnumerable<Finding> Check(PaperCheck input) =>
        input.Paper.FrontSheet.IsPublic
            ? input.Paper.Appendices.Where(a => !a.IsPublic).Select(a => Found(input.Paper.Title, PaperCheck.AppendicesField,
                $"The paper '{input.Paper.Title}' is public, but its appendix '{a.Title}' is not; move the appendix to the non-public agenda or mark the paper non-public.",
                input.LocationOf(PaperCheck.AppendicesField)))
            : [];
}
