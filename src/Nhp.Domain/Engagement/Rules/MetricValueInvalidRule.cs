using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Engagement.Rules.EngagementRuleText;

namespace Nhp.Engagement.Rules;

/// <summary>A metric value names no metric a–j, has nothing in it, or repeats another for the same period.</summary>
internal sealed class MetricValueInvalidRule() : Rule<EngagementData>(new RuleDescriptor(EngagementRules.MetricValueInvalid, EngagementRules.Area, Severity.Error, "Metric value invalid",
    "Checks that every metric value is for one of the metrics a–j, holds a figure (or text, for a breakdown), is not negative, and is the only one for its metric and period. A wrong or repeated value would misreport the engagement metrics."))
{
    public override IEnumerable<Finding> Check(EngagementData data)
    {
        var seen = new HashSet<(string, Periods.FinancialQuarter)>();
        for (var i = 0; i < data.MetricValues.Count; i++)
        {
            var value = data.MetricValues[i];
            var field = string.Create(CultureInfo.InvariantCulture, $"metricValues[{i}]");
            var metric = data.Metrics.Find(value.Metric);
            if (metric is null)
            {
                yield return Found(value.Metric, field + ".metric", $"'{value.Metric}' is not one of the engagement metrics a–j.");
                continue;
            }

            var letter = EngagementMetrics.Letter(metric);
            if (EngagementMetrics.IsBreakdown(metric) ? string.IsNullOrWhiteSpace(value.Text) && value.Value is null : value.Value is null)
            {
                yield return Found(letter, field + ".value", $"The value of metric {letter} ({metric.Name}) for {value.Quarter} is empty.");
            }
            else if (value.Value is < 0)
            {
                yield return Found(letter, field + ".value", $"The value of metric {letter} ({metric.Name}) for {value.Quarter} is negative.");
            }

            if (!seen.Add((metric.Id, value.Quarter)))
            {
                yield return Found(letter, field, $"Metric {letter} has two values for {value.Quarter}.");
            }
        }
    }
}
