using System.Globalization;
using Nhp.Findings;

namespace Nhp.Engagement.Rules;

/// <summary>A metric value names no metric a–j, has nothing in it, or repeats another for the same period.</summary>
internal sealed class MetricValueInvalidCheck : EngagementCheck
{
    public override EngagementRule Rule { get; } = new(
        "engagement.metric.value-invalid",
        Severity.Error,
        "Every metric value is for one of the metrics a–j, holds a figure (or text, for a breakdown), and is the only one for its metric and period.");

    public override IEnumerable<Finding> Check(EngagementData data)
    {
        var seen = new HashSet<(string, NodaTime.DateInterval)>();
        for (var i = 0; i < data.MetricValues.Count; i++)
        {
            var value = data.MetricValues[i];
            var field = string.Create(CultureInfo.InvariantCulture, $"metricValues[{i}]");
            var metric = EngagementMetrics.Find(value.Metric);
            if (metric is null)
            {
                yield return Found(value.Metric, field + ".metric", $"'{value.Metric}' is not one of the engagement metrics a–j.");
                continue;
            }

            if (metric.Kind == EngagementMetricKind.Breakdown ? string.IsNullOrWhiteSpace(value.Text) && value.Value is null : value.Value is null)
            {
                yield return Found(metric.Id, field + ".value", $"The value of metric {metric.Id} ({metric.Name}) for {Span(value.Period)} is empty.");
            }
            else if (value.Value is < 0)
            {
                yield return Found(metric.Id, field + ".value", $"The value of metric {metric.Id} ({metric.Name}) for {Span(value.Period)} is negative.");
            }

            if (!seen.Add((metric.Id, value.Period)))
            {
                yield return Found(metric.Id, field, $"Metric {metric.Id} has two values for {Span(value.Period)}.");
            }
        }
    }
}
