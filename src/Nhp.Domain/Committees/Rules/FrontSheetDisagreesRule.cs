using Nhp.Findings;
using Nhp.Rules;
using Nhp.Text;

namespace Nhp.Committees.Rules;

internal sealed class FrontSheetDisagreesRule() : Rule<CommitteePack>(new RuleDescriptor(PackRules.FrontSheetDisagrees, PackRules.Area, Severity.Warning, "Front sheet disagrees with the agenda",
    "Checks each paper's front sheet against its agenda item and the meeting: the subject against the item's title, the purpose against the item's purpose, and that the front sheet names the meeting's committee with the meeting's date. Wording is compared without case, punctuation, \"&\" for \"and\" or words in brackets, so only real differences are reported; one finding per field."))
{
    public override IEnumerable<Finding> Check(CommitteePack input)
    {
        foreach (var (_, item) in input.Items())
        {
            if (input.PaperFor(item.Number) is not { } paper)
            {
                continue;
            }

            var sheet = paper.FrontSheet;
            var subject = "item " + item.Number;
            if (CommitteeText.Normalise(item.Title) != CommitteeText.Normalise(sheet.Subject))
            {
                yield return Found(subject, "title", $"Item {item.Number} is titled '{item.Title}' on the agenda, but its paper's subject is '{sheet.Subject}'.");
            }

            if (item.Purpose is { } agendaPurpose && sheet.Purpose is { } paperPurpose && agendaPurpose != paperPurpose)
            {
                yield return Found(subject, "purpose", $"Item {item.Number} is {agendaPurpose.ToText()} on the agenda, but its paper says {paperPurpose.ToText()}.");
            }
            else if (item.Purpose is null != sheet.Purpose is null)
            {
                var which = item.Purpose is null ? "the agenda gives none" : "the paper's front sheet gives none";
                var given = (item.Purpose ?? sheet.Purpose)!.Value.ToText();
                yield return Found(subject, "purpose", $"Item {item.Number}'s purpose is {given} in one place, but {which}.");
            }

            var committee = sheet.Committees.FirstOrDefault(c => CommitteeText.SameCommittee(input.Meeting.Committee, c.Committee));
            if (committee is null)
            {
                yield return Found(subject, "committee",
                    $"Item {item.Number}'s paper is for {string.Join(" and ", sheet.Committees.Select(c => c.Committee))}, not {input.Meeting.Committee}.");
            }

            if (!sheet.Committees.Any(c => c.Date == input.Meeting.Date))
            {
                var dated = sheet.Date is { } date ? "dated " + Wording.Date(date) : "undated";
                yield return Found(subject, "date", $"Item {item.Number}'s paper is {dated}, but the meeting is on {Wording.Date(input.Meeting.Date)}.");
            }
        }
    }
}
