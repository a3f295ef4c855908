using Nhp.Delivery;
using Nhp.Rag;

namespace Nhp.Governance.Peel;

/// <summary>
/// A deliverable linked to an area for improvement, as the delivery plan has it: the deliverable (null when the plan
/// has no deliverable with that code) and its latest position judged by the RAG rules at a date. Immutable.
/// </summary>
/// <param name="Code">The linked code.</param>
/// <param name="Deliverable">The plan's deliverable with that code, or null when the plan has none.</param>
/// <param name="Judgement">Its latest position judged at the date (reported and expected RAG, findings), or null when it is not in the plan.</param>
public sealed record LinkedDeliverable(DeliverableCode Code, Deliverable? Deliverable, RagJudgement? Judgement);
