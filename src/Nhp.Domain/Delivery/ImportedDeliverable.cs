using Nhp.Findings;
using NodaTime;

namespace Nhp.Delivery;

/// <summary>
/// What the plan importers that read one row per deliverable (<see cref="PlanCsv"/>, <see cref="PlanText"/>) share:
/// reading the RAG cell against the key, and the deliverable a row gives, with its one update.
/// </summary>
internal static class ImportedDeliverable
{
    /// <summary>Reads a RAG cell; a word not in the key is reported and read as not rated.</summary>
    /// <param name="text">The cell.</param>
    /// <param name="code">The deliverable the cell belongs to.</param>
    /// <param name="at">Where the cell was read.</param>
    /// <param name="findings">Where the finding goes.</param>
    /// <returns>The status.</returns>
    public static RagStatus Rag(string text, DeliverableCode code, SourceLocation at, ICollection<Finding> findings)
    {
        if (!RagKey.TryParse(text, out var rag))
        {
            findings.Add(PlanImportRules.RagUnknownRule.Finding(code.ToString(), "rag",
                $"The RAG status of {code}, '{text}', is not one of the plan's key (GREEN, AMBER, RED, or an empty cell for not rated); it was imported as not rated.", at));
        }

        return rag;
    }

    /// <summary>The deliverable of a row, with the row's update as its only one.</summary>
    /// <param name="at">Where the row was read.</param>
    /// <param name="code">The code.</param>
    /// <param name="commitment">The commitment.</param>
    /// <param name="asOf">The month of the update.</param>
    /// <param name="summary">The summary position.</param>
    /// <param name="rag">The status.</param>
    /// <param name="target">The date cell, as written.</param>
    /// <returns>The deliverable.</returns>
    public static Deliverable Create(SourceLocation at, DeliverableCode code, string commitment, YearMonth asOf, string summary, RagStatus rag, string target) =>
        new()
        {
            Location = at,
            Code = code,
            Commitment = commitment,
            Updates = [new StatusUpdate { AsOf = asOf, Summary = summary, Rag = rag, Target = Target.Parse(target) }],
        };
}
