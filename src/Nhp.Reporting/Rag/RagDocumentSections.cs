using Nhp.Delivery;
using Nhp.Rag;
using Nhp.Reporting.Documents;
using Nhp.Text;
using NodaTime;

namespace Nhp.Reporting.Rag;

// The RAG sections that the delivery plan and the RAG check reports share, added to a document being built: the RAG
// check of each deliverable at the as-of date, and what is due to turn RED if nobody updates the plan. Findings are
// always a FindingList, so each shows its severity and rule id.
internal static class RagDocumentSections
{
    // "RAG check as at <date>": the counts, the deliverables with findings (reported and expected RAG), their findings.
    public static DocumentBuilder RagCheck(this DocumentBuilder doc, RagEvaluation evaluation)
    {
        doc.Heading("RAG check as at " + Wording.Date(evaluation.AsOf)).Paragraph(Counts(evaluation));
        var judged = evaluation.WithFindings.ToArray();
        if (judged.Length == 0)
        {
            return doc;
        }

        return doc
            .Table(
                [new("Deliverable"), new("Reported"), new("Expected")],
                judged.Select(j => TableRow.Of(j.Subject.Subject, RagBadge.For(j.ReportedRag), RagBadge.For(j.ExpectedRag))),
                caption: "Deliverables with findings: the RAG reported and the RAG the rules expect",
                rowHeaders: true)
            .Findings(judged.SelectMany(j => j.Findings).Select(f => f.Finding));
    }

    // "Due to change": what turns RED in the window if not updated, when, and the finding that makes it so.
    public static DocumentBuilder DueToChange(this DocumentBuilder doc, IReadOnlyList<RagTurn> turns, LocalDate asOf, int days)
    {
        doc.Heading("Due to change").Paragraph(DueIntro(turns, asOf, days));
        if (turns.Count == 0)
        {
            return doc;
        }

        return doc
            .Table(
                [new("Deliverable"), new("Reported"), new("Target"), new("Turns RED on")],
                turns.Select(t => TableRow.Of(t.Subject.Subject, RagBadge.For(t.Subject.Reported), t.Subject.Target.Text, Wording.Date(t.On))),
                rowHeaders: true)
            .Findings(turns.Select(t => t.Finding.Finding));
    }

    private static string DueIntro(IReadOnlyList<RagTurn> turns, LocalDate asOf, int days)
    {
        var red = Wording.Rag(RagStatus.Red);
        var window = $"between {Wording.Date(asOf)} and {Wording.Date(asOf.PlusDays(days))} (the next {Wording.Number(days)} days) if not updated.";
        return turns.Count == 0
            ? $"No deliverable turns {red} {window}"
            : $"{Wording.Count(turns.Count, "deliverable turns", "deliverables turn")} {red} {window}";
    }

    private static string Counts(RagEvaluation evaluation)
    {
        var findings = evaluation.Findings.ToArray();
        int Of(Findings.Severity s) => findings.Count(f => f.Finding.Severity == s);
        return $"{Wording.Count(evaluation.Judgements.Count, "deliverable", "deliverables")} checked against the RAG rules: "
            + $"{Wording.Count(Of(Findings.Severity.Error), "error", "errors")}, {Wording.Count(Of(Findings.Severity.Warning), "warning", "warnings")}, {Wording.Count(Of(Findings.Severity.Info), "note", "notes")}; "
            + $"{Wording.Count(evaluation.Differing.Count(), "deliverable", "deliverables")} with a RAG that the rules expect to be different.";
    }
}
