using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Committees.Rules;

internal sealed class SummaryTooLongRule() : Rule<PaperCheck>(new RuleDescriptor(PaperRules.SummaryTooLong, PaperRules.Area, Severity.Warning, "Summary longer than a page",
    "Checks that the summary fits on one page. The measure is the library's page estimate: a line per 95 characters begun of each paragraph, plus a line after it, against 48 lines to an A4 page in 11 pt. Members read the summary first; one that runs over a page is cut back."))
{
    public override IEnumerable<Finding> Check(PaperCheck input)
    {
        var lines = PageEstimate.Lines(input.Paper.Summary);
        if (lines > PageEstimate.LinesPerPage)
        {
            yield return Found(input.Paper.Title, PaperCheck.SummaryField,
                string.Create(CultureInfo.InvariantCulture, $"The summary takes about {lines} lines, more than the {PageEstimate.LinesPerPage} of a page; shorten it to one page."),
                input.LocationOf(PaperCheck.SummaryField));
        }
    }
}
