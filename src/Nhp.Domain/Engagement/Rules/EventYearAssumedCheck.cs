using System.Globalization;
using System.Text.RegularExpressions;
using Nhp.Findings;

namespace Nhp.Engagement.Rules;

/// <summary>An event's date was printed without a year, so the year was taken from the rows around it.</summary>
internal sealed partial class EventYearAssumedCheck : EngagementCheck
{
    public override EngagementRule Rule { get; } = new(
        "engagement.event.year-assumed",
        Severity.Info,
        "An event date printed without a year is reported, with the year that was assumed.");

    public override IEnumerable<Finding> Check(EngagementData data)
    {
        for (var i = 0; i < data.Events.Count; i++)
        {
            var e = data.Events[i];
            if (e.DateText is { } text && !FourDigits().IsMatch(text))
            {
                yield return Found(
                    e.Name,
                    string.Create(CultureInfo.InvariantCulture, $"events[{i}].date"),
                    $"The event '{e.Name}' is dated '{text}' in the source, with no year; it is taken as {e.Date}.");
            }
        }
    }

    [GeneratedRegex(@"\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex FourDigits();
}
