using Nhp.Findings;

namespace Nhp.Reporting.Documents;

/// <summary>
/// Findings of rules, each written with its severity, its rule id, its subject and its message, so a reader can
/// always look the rule up (<c>nhp rules explain &lt;id&gt;</c>).
/// </summary>
/// <param name="Findings">The findings, in the order to show.</param>
/// <param name="WhenEmpty">What to write when there are none (for example "No findings."), or null to write nothing.</param>
public sealed record FindingList(IReadOnlyList<Finding> Findings, string? WhenEmpty = null) : Block;
