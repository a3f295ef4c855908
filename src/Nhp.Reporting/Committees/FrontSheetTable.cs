using Nhp.Committees;
using Nhp.Reporting.Documents;

namespace Nhp.Reporting.Committees;

/// <summary>
/// The front sheet as the template's table: "Committee(s):" and "Dated:" as the header, a row per committee, then
/// subject and public, Corporate Plan outcomes, the four funding questions, "Report of:" with the reference and the
/// purpose, and the report author. Every field is written as the front sheet holds it.
/// </summary>
public static class FrontSheetTable
{
    /// <summary>The header of the first column.</summary>
    public const string CommitteesHeader = "Committee(s):";

    /// <summary>The header of the second column.</summary>
    public const string DatedHeader = "Dated:";

    /// <summary>The question of the Corporate Plan row, as the template words it.</summary>
    public const string OutcomesQuestion = "Which outcomes in the City Corporation's Corporate Plan does this proposal aim to impact directly?";

    /// <summary>Builds the table.</summary>
    /// <param name="sheet">The front sheet.</param>
    /// <returns>The table block.</returns>
    public static Table Build(FrontSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var rows = new List<TableRow>();
        foreach (var committee in sheet.Committees)
        {
            rows.Add(TableRow.Of(committee.Committee, committee.DateText ?? (committee.Date is { } date ? Nhp.Text.Wording.Date(date) : string.Empty)));
        }

        rows.Add(TableRow.Of(new TableCell([new Strong("Subject:"), new TextRun(" " + sheet.Subject)]), sheet.PublicText));
        rows.Add(TableRow.Of(OutcomesQuestion, sheet.CorporatePlanOutcomes ?? string.Empty));
        for (var i = 0; i < FundingQuestions.Questions.Count; i++)
        {
            rows.Add(TableRow.Of(FundingQuestions.Questions[i], sheet.Funding.Answers[i] ?? string.Empty));
        }

        var reportOf = sheet.Reference is null ? " " + sheet.ReportOf : " " + sheet.ReportOf + "\n" + sheet.Reference;
        rows.Add(TableRow.Of(new TableCell([new Strong(sheet.ReportOfLabel + ":"), new TextRun(reportOf)]), sheet.Purpose is { } purpose ? purpose.ToText() : string.Empty));
        rows.Add(TableRow.Of(new TableCell([new Strong("Report author:"), new TextRun(" " + (sheet.Author ?? string.Empty))]), TableCell.Empty));
        return new Table([new TableColumn(CommitteesHeader), new TableColumn(DatedHeader)], rows);
    }
}
