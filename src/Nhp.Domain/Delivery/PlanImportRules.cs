using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Delivery;

/// <summary>
/// The findings the delivery plan importers make (<see cref="PlanTable"/> for text, Word and Excel tables,
/// <see cref="PlanCsv"/> and <see cref="PlanJson"/>): each rule id as a constant, and its <see cref="RuleDescriptor"/> in <see cref="All"/>.
/// </summary>
public static class PlanImportRules
{
    private const string Area = "delivery";

    /// <summary>The document's RAG key gives a colour another meaning than Nhp's.</summary>
    public const string KeyDiffers = "plan.import.key-differs";

    /// <summary>A row looks like a deliverable but its code cannot be read.</summary>
    public const string RowNotUnderstood = "plan.import.row-not-understood";

    /// <summary>A page header names a period that is not a month and year.</summary>
    public const string PeriodNotUnderstood = "plan.import.period-not-understood";

    /// <summary>Two page headers name different periods.</summary>
    public const string PeriodMismatch = "plan.import.period-mismatch";

    /// <summary>A row has text after the date column.</summary>
    public const string ExtraCell = "plan.import.extra-cell";

    /// <summary>A cell holds an HTML list.</summary>
    public const string HtmlList = "plan.import.html-list";

    /// <summary>A continuation row comes before any deliverable.</summary>
    public const string ContinuationOrphan = "plan.import.continuation-orphan";

    /// <summary>A continuation row gives a second RAG or date.</summary>
    public const string ContinuationConflict = "plan.import.continuation-conflict";

    /// <summary>A continuation row was joined to the deliverable above it.</summary>
    public const string Continuation = "plan.import.continuation";

    /// <summary>An objective heading does not read as OBJECTIVE, a number and a title.</summary>
    public const string ObjectiveHeadingNotUnderstood = "plan.import.objective-heading-not-understood";

    /// <summary>An objective heading is followed by none of its deliverables.</summary>
    public const string ObjectiveWithoutDeliverables = "plan.import.objective-without-deliverables";

    /// <summary>A RAG status is not one of the key's words.</summary>
    public const string RagUnknown = "plan.import.rag-unknown";

    /// <summary>A deliverable is printed under another objective's heading.</summary>
    public const string ObjectiveNumberMismatch = "plan.import.objective-number-mismatch";

    /// <summary>An objective has no heading and no known title.</summary>
    public const string ObjectiveUnnamed = "plan.import.objective-unnamed";

    /// <summary>An objective with no heading took its title from the known objectives.</summary>
    public const string ObjectiveTitleKnown = "plan.import.objective-title-known";

    /// <summary>Objective headings were compared with a list of known objectives, which the finding names.</summary>
    public const string ObjectivesUsed = "plan.import.objectives-used";

    /// <summary>Deliverables 0.x were grouped as the plan's set-up objective.</summary>
    public const string SetUpObjective = "plan.import.set-up-objective";

    /// <summary>A damaged heading was matched to the known objective's title.</summary>
    public const string ObjectiveTitleRepaired = "plan.import.objective-title-repaired";

    /// <summary>A heading is not the known objective of its number.</summary>
    public const string ObjectiveTitleUnmatched = "plan.import.objective-title-unmatched";

    /// <summary>A heading's words split across cells were re-joined.</summary>
    public const string ObjectiveTitleRejoined = "plan.import.objective-title-rejoined";

    /// <summary>Text printed in the wrong row was moved back.</summary>
    public const string TextMoved = "plan.import.text-moved";

    /// <summary>A commitment or summary begins mid-sentence.</summary>
    public const string StartsMidSentence = "plan.import.starts-mid-sentence";

    /// <summary>Rows of one objective give it different titles (CSV).</summary>
    public const string ObjectiveTitleDiffers = "plan.import.objective-title-differs";

    /// <summary>A row's code is not a deliverable code (CSV).</summary>
    public const string CodeInvalid = "plan.import.code-invalid";

    /// <summary>A stored plan has no format and version (an older file).</summary>
    public const string FormatMissing = "plan.import.format-missing";

    /// <summary>A stored plan has a property Nhp does not know.</summary>
    public const string PropertyUnknown = "plan.import.property-unknown";

    /// <summary>A stored plan's content is not a delivery plan.</summary>
    public const string PlanInvalid = "plan.import.plan-invalid";

    /// <summary>The descriptor of <see cref="KeyDiffers"/>.</summary>
    public static RuleDescriptor KeyDiffersRule { get; } = new(KeyDiffers, Area, Severity.Warning, "RAG key differs",
        "The document's own RAG key gives a colour a meaning other than Nhp's key (GREEN complete or established, AMBER on track, RED behind). Statuses are still read by colour; reports use Nhp's meaning. Check that the plan's authors meant the same thing by the colour.");

    /// <summary>The descriptor of <see cref="RowNotUnderstood"/>.</summary>
    public static RuleDescriptor RowNotUnderstoodRule { get; } = new(RowNotUnderstood, Area, Severity.Error, "Deliverable row not understood",
        "A row looks like a deliverable (a short code-like first cell and the plan's other cells) but its first cell is not a code such as 1.10, even read with the letters OCR confuses with digits, so a deliverable may be missing. Correct the code in the source.");

    /// <summary>The descriptor of <see cref="PeriodNotUnderstood"/>.</summary>
    public static RuleDescriptor PeriodNotUnderstoodRule { get; } = new(PeriodNotUnderstood, Area, Severity.Warning, "Period not understood",
        "A page header names a period in brackets that is not a month and year, such as (JANUARY 2024), so it was ignored. The as-of month comes from another header or the import options; correct the header if it should have given it.");

    /// <summary>The descriptor of <see cref="PeriodMismatch"/>.</summary>
    public static RuleDescriptor PeriodMismatchRule { get; } = new(PeriodMismatch, Area, Severity.Warning, "Periods differ",
        "Two page headers give different as-of months. The first is used for every status update. Check whether pages of two papers were mixed.");

    /// <summary>The descriptor of <see cref="ExtraCell"/>.</summary>
    public static RuleDescriptor ExtraCellRule { get; } = new(ExtraCell, Area, Severity.Error, "Text after the date column",
        "A row has text in a column after the DATE column. The plan has five columns (code, commitment, summary, RAG, date), so the text was not imported. Move it into the column it belongs to.");

    /// <summary>The descriptor of <see cref="HtmlList"/>.</summary>
    public static RuleDescriptor HtmlListRule { get; } = new(HtmlList, Area, Severity.Info, "HTML list read",
        "A cell holds an HTML list (<ul><li>…), as some exports give a bulleted list. It was read as one line per item starting with '- '. Nothing to do unless the items read wrongly.");

    /// <summary>The descriptor of <see cref="ContinuationOrphan"/>.</summary>
    public static RuleDescriptor ContinuationOrphanRule { get; } = new(ContinuationOrphan, Area, Severity.Error, "Continuation with no deliverable",
        "A row with an empty first cell continues the deliverable above it, but no deliverable comes before it, so it was not imported. Put the text in the row of its deliverable.");

    /// <summary>The descriptor of <see cref="ContinuationConflict"/>.</summary>
    public static RuleDescriptor ContinuationConflictRule { get; } = new(ContinuationConflict, Area, Severity.Error, "Continuation gives a second value",
        "A continuation row gives a RAG status or a date for a deliverable that already has one; a deliverable has one of each, so the second was not imported. Decide which is right and remove the other.");

    /// <summary>The descriptor of <see cref="Continuation"/>.</summary>
    public static RuleDescriptor ContinuationRule { get; } = new(Continuation, Area, Severity.Info, "Row continued",
        "A row with an empty first cell is a deliverable's row broken across a page; its cells were joined to the same columns of the deliverable above. Nothing to do unless the text belongs elsewhere.");

    /// <summary>The descriptor of <see cref="ObjectiveHeadingNotUnderstood"/>.</summary>
    public static RuleDescriptor ObjectiveHeadingNotUnderstoodRule { get; } = new(ObjectiveHeadingNotUnderstood, Area, Severity.Warning, "Objective heading not understood",
        "A row reads as an objective heading but not as OBJECTIVE, a number word and a title, so its title was not used. Deliverables still belong to the objective their codes name. Correct the heading or supply the strategy's objectives.");

    /// <summary>The descriptor of <see cref="ObjectiveWithoutDeliverables"/>.</summary>
    public static RuleDescriptor ObjectiveWithoutDeliverablesRule { get; } = new(ObjectiveWithoutDeliverables, Area, Severity.Warning, "Objective without deliverables",
        "An objective heading is followed by no deliverable whose code has its number, so the objective is not in the imported plan. Check the heading's number and the codes under it.");

    /// <summary>The descriptor of <see cref="RagUnknown"/>.</summary>
    public static RuleDescriptor RagUnknownRule { get; } = new(RagUnknown, Area, Severity.Error, "RAG status not in the key",
        "A deliverable's RAG status is not GREEN, AMBER, RED or empty (not rated), so it was imported as not rated. Correct the status in the source.");

    /// <summary>The descriptor of <see cref="ObjectiveNumberMismatch"/>.</summary>
    public static RuleDescriptor ObjectiveNumberMismatchRule { get; } = new(ObjectiveNumberMismatch, Area, Severity.Warning, "Deliverable under another objective",
        "A deliverable is printed under the heading of an objective other than the one its code names. It is imported into the objective of its code; check whether the code or the heading is wrong.");

    /// <summary>The descriptor of <see cref="ObjectiveUnnamed"/>.</summary>
    public static RuleDescriptor ObjectiveUnnamedRule { get; } = new(ObjectiveUnnamed, Area, Severity.Warning, "Objective has no title",
        "An objective has no heading in the document and no known title, so it is titled 'Objective n'. Supply the strategy's objectives in the import options to name it.");

    /// <summary>The descriptor of <see cref="ObjectivesUsed"/>.</summary>
    public static RuleDescriptor ObjectivesUsedRule { get; } = new(ObjectivesUsed, Area, Severity.Info, "Known objectives used",
        "The import was given a list of the strategy's objectives (in the library PlanImportOptions.KnownObjectives, on the command line --objectives FILE) and compared the objective headings with it; the finding names the list, so the same file gives the same plan wherever it is imported. Nothing to do.");

    /// <summary>The descriptor of <see cref="ObjectiveTitleKnown"/>.</summary>
    public static RuleDescriptor ObjectiveTitleKnownRule { get; } = new(ObjectiveTitleKnown, Area, Severity.Info, "Objective titled from the strategy",
        "An objective has no heading in the document; it takes the title of the known objective of the same number from the import options. Nothing to do.");

    /// <summary>The descriptor of <see cref="SetUpObjective"/>.</summary>
    public static RuleDescriptor SetUpObjectiveRule { get; } = new(SetUpObjective, Area, Severity.Info, "Set-up deliverables grouped",
        "Deliverables numbered 0.x have no objective heading: they are the plan's own set-up work and are grouped as objective 0. Nothing to do.");

    /// <summary>The descriptor of <see cref="ObjectiveTitleRepaired"/>.</summary>
    public static RuleDescriptor ObjectiveTitleRepairedRule { get; } = new(ObjectiveTitleRepaired, Area, Severity.Info, "Objective title repaired",
        "An objective heading damaged by the export (letters split or misread) nearly matches the known objective of its number, whose title is used instead. Nothing to do unless the match is wrong.");

    /// <summary>The descriptor of <see cref="ObjectiveTitleUnmatched"/>.</summary>
    public static RuleDescriptor ObjectiveTitleUnmatchedRule { get; } = new(ObjectiveTitleUnmatched, Area, Severity.Warning, "Objective title differs from the strategy",
        "An objective heading is not nearly the same as the known objective of its number, so the heading's words are kept. Check whether the plan or the strategy's list is out of date.");

    /// <summary>The descriptor of <see cref="ObjectiveTitleRejoined"/>.</summary>
    public static RuleDescriptor ObjectiveTitleRejoinedRule { get; } = new(ObjectiveTitleRejoined, Area, Severity.Warning, "Objective title re-joined",
        "An objective heading had words split across table cells by the export; they were re-joined. Check the wording, or supply the strategy's objectives so the published title is used.");

    /// <summary>The descriptor of <see cref="TextMoved"/>.</summary>
    public static RuleDescriptor TextMovedRule { get; } = new(TextMoved, Area, Severity.Warning, "Text moved to the row above",
        "A commitment or summary began with the end of the previous deliverable's unfinished sentence, printed in the wrong row by the export; the words were moved back. Check that the sentence now reads right.");

    /// <summary>The descriptor of <see cref="StartsMidSentence"/>.</summary>
    public static RuleDescriptor StartsMidSentenceRule { get; } = new(StartsMidSentence, Area, Severity.Warning, "Text begins mid-sentence",
        "A commitment or summary begins with a lower-case word, as if text before it was lost or printed elsewhere. Compare it with the paper.");

    /// <summary>The descriptor of <see cref="ObjectiveTitleDiffers"/>.</summary>
    public static RuleDescriptor ObjectiveTitleDiffersRule { get; } = new(ObjectiveTitleDiffers, Area, Severity.Warning, "Objective titles differ between rows",
        "Rows of the same objective give it different titles in the objective column; the first is used. Make the column the same on every row of the objective.");

    /// <summary>The descriptor of <see cref="CodeInvalid"/>.</summary>
    public static RuleDescriptor CodeInvalidRule { get; } = new(CodeInvalid, Area, Severity.Error, "Deliverable code not understood",
        "A row's code is not a deliverable code such as 1.10 (objective number, dot, deliverable number), so the row was not imported. Correct the code.");

    /// <summary>The descriptor of <see cref="FormatMissing"/>.</summary>
    public static RuleDescriptor FormatMissingRule { get; } = new(FormatMissing, Area, Severity.Info, "Older file without format",
        "The stored plan has no \"format\" and \"version\" at the top, as files written by earlier versions of Nhp; it was read as version 1. Write it again to add them.");

    /// <summary>The descriptor of <see cref="PropertyUnknown"/>.</summary>
    public static RuleDescriptor PropertyUnknownRule { get; } = new(PropertyUnknown, Area, Severity.Warning, "Unknown property",
        "The stored plan's top-level object has a property that the format does not define, so it was ignored. Remove it, or check its spelling.");

    /// <summary>The descriptor of <see cref="PlanInvalid"/>.</summary>
    public static RuleDescriptor PlanInvalidRule { get; } = new(PlanInvalid, Area, Severity.Error, "Plan not readable",
        "The stored plan's \"plan\" value is missing, or a value in it is missing or of the wrong form (the finding gives the JSON path), so no plan was imported. Correct the value; docs/delivery-plan.schema.json describes the format.");

    /// <summary>A line of a list of objectives is not a number, a tab and a title.</summary>
    public const string ObjectiveLineInvalid = "plan.import.objective-line-invalid";

    /// <summary>A list of objectives gives one number twice.</summary>
    public const string ObjectiveRepeated = "plan.import.objective-repeated";

    /// <summary>The descriptor of <see cref="ObjectiveLineInvalid"/>.</summary>
    public static RuleDescriptor ObjectiveLineInvalidRule { get; } = new(ObjectiveLineInvalid, Area, Severity.Error, "Objective line not understood",
        "A line of a list of a strategy's objectives is not the objective's number, a tab and its title, so it was left out; titles read from a plan are then not repaired against it. Correct the line.");

    /// <summary>The descriptor of <see cref="ObjectiveRepeated"/>.</summary>
    public static RuleDescriptor ObjectiveRepeatedRule { get; } = new(ObjectiveRepeated, Area, Severity.Error, "Objective listed twice",
        "A list of a strategy's objectives gives the same number twice; the first title is kept and the later line left out. Remove or renumber the repeated line.");

    /// <summary>A row after the table began was not a deliverable, continuation, header or heading.</summary>
    public const string RowSkipped = "plan.import.row-skipped";

    /// <summary>Rows before the table were read as its preamble.</summary>
    public const string Preamble = "plan.import.preamble";

    /// <summary>A code, RAG or date damaged by OCR was read as the value it resembles.</summary>
    public const string ValueRepaired = "plan.import.value-repaired";

    /// <summary>A row's cells did not fit the header's columns and were placed by content.</summary>
    public const string CellsRealigned = "plan.import.cells-realigned";

    /// <summary>No header named the period; a month and year before the table was used.</summary>
    public const string PeriodFromText = "plan.import.period-from-text";

    /// <summary>The descriptor of <see cref="RowSkipped"/>.</summary>
    public static RuleDescriptor RowSkippedRule { get; } = new(RowSkipped, Area, Severity.Warning, "Row skipped",
        "A row inside the table is not a deliverable (a code such as 1.10), a continuation (an empty code cell, or text that begins mid-sentence), a page header or an objective heading: a page footer, a caption or a stray line, so it was skipped. Check that it holds nothing that belongs to a deliverable.");

    /// <summary>The descriptor of <see cref="Preamble"/>.</summary>
    public static RuleDescriptor PreambleRule { get; } = new(Preamble, Area, Severity.Info, "Preamble read",
        "Rows before the table's first header, heading or deliverable (a title, a RAG key, captions, notes) were read as its preamble: the first title line names the plan, a RAG key is checked, a month and year can give the period, and nothing else is imported. Nothing to do.");

    /// <summary>The descriptor of <see cref="ValueRepaired"/>.</summary>
    public static RuleDescriptor ValueRepairedRule { get; } = new(ValueRepaired, Area, Severity.Warning, "Value read through OCR damage",
        "A code, RAG word or date is not a value as written but is one once letters and digits that look alike are read as each other (l and 1, O and 0, rn and m), as OCR or PDF-to-text confuses them, or within one letter of a RAG word; it was read as that value. Check it against the paper.");

    /// <summary>The descriptor of <see cref="CellsRealigned"/>.</summary>
    public static RuleDescriptor CellsRealignedRule { get; } = new(CellsRealigned, Area, Severity.Warning, "Cells placed by content",
        "A row's cells do not fit the header's columns (a cell split in two or two cells merged by the export), so its RAG word and date were found by their content and the text before them was divided into commitment and summary where a new sentence starts. Check the commitment and summary.");

    /// <summary>The descriptor of <see cref="PeriodFromText"/>.</summary>
    public static RuleDescriptor PeriodFromTextRule { get; } = new(PeriodFromText, Area, Severity.Info, "Period taken from the preamble",
        "No header row names the month of the summary position, so a month and year written before the table (a title or caption such as 'position at January 2024') was used. Give the period in the import options if it is another.");

    /// <summary>Every delivery plan import rule, ordered by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [.. new[]
    {
        KeyDiffersRule, RowNotUnderstoodRule, PeriodNotUnderstoodRule, PeriodMismatchRule, ExtraCellRule, HtmlListRule,
        ContinuationOrphanRule, ContinuationConflictRule, ContinuationRule, ObjectiveHeadingNotUnderstoodRule,
        ObjectiveWithoutDeliverablesRule, RagUnknownRule, ObjectiveNumberMismatchRule, ObjectiveUnnamedRule, ObjectiveTitleKnownRule,
        SetUpObjectiveRule, ObjectiveTitleRepairedRule, ObjectiveTitleUnmatchedRule, ObjectiveTitleRejoinedRule, TextMovedRule,
        StartsMidSentenceRule, ObjectiveTitleDiffersRule, CodeInvalidRule, FormatMissingRule, PropertyUnknownRule, PlanInvalidRule,
        ObjectiveLineInvalidRule, ObjectiveRepeatedRule, ObjectivesUsedRule, RowSkippedRule, PreambleRule, ValueRepairedRule, CellsRealignedRule, PeriodFromTextRule,
    }.OrderBy(d => d.Id, StringComparer.Ordinal)];
}
