using Nhp.Findings;
using Nhp.Importing;

namespace Nhp.Delivery;

/// <summary>
/// Interprets the rows of a delivery plan table, whatever format they were read from: the one interpreter behind
/// <see cref="PlanText"/> and the Word and Excel readers, so every format gives the same plan and the same findings.
/// Thread-safe.
/// </summary>
/// <remarks>
/// <para>Rows are read by meaning, not by position in the file:</para>
/// <list type="bullet">
/// <item>A <b>header</b> is a row whose words are mostly column names (code, commitment, summary, RAG, date, objective,
/// in any order and wording: <c>DELIVERABLE</c>, <c>REF</c>, <c>ACTION</c>, <c>SUMMARY POSITION</c>, <c>UPDATE</c>,
/// <c>PROGRESS</c>, <c>RAG</c>, <c>STATUS</c>, <c>DATE</c>, <c>DUE</c>, <c>TIMESCALE</c> …), compared letter by letter
/// with a small edit distance, so a header split at any point or damaged by OCR is still one. A header whose cells are
/// columns sets which column holds what; a period in it (<c>SUMMARY POSITION (JANUARY 2024)</c>) is the as-of month.
/// Headers repeated on every page are skipped.</item>
/// <item>A <b>deliverable</b> row has a code (<c>1.10</c>) in the code column; a code misread by OCR (<c>l.1O</c>) or
/// followed by the commitment in the same cell is read and reported.</item>
/// <item>A <b>continuation</b> row has an empty code column: its cells are added to the deliverable above (a row
/// broken by a page), including a RAG or date the first part left empty.</item>
/// <item>An <b>objective heading</b> starts with <c>OBJECTIVE</c> (split across cells or damaged), or is one cell
/// merged across the table.</item>
/// <item>Rows before the table (a title, a RAG key, captions, notes) are its preamble: the key is checked, the first
/// <c>#</c> heading or title line names the plan, and nothing else is imported.</item>
/// <item>A row whose cells do not fit the header's columns (cells re-split or merged by an export) has its RAG and
/// date found by their content and its other text joined as commitment and summary, with a warning.</item>
/// <item>Any other row is skipped with a warning naming its line; a row that looks like a deliverable but whose code
/// cannot be read is an error.</item>
/// </list>
/// <para>
/// Deliverables belong to the objective their code names. See <see cref="PlanText"/> for objective titles and text
/// moved between rows.
/// </para>
/// </remarks>
public static class PlanTable
{
    /// <summary>Interprets the rows of a plan table.</summary>
    /// <param name="rows">The rows, in document order.</param>
    /// <param name="source">The input's name (a file name) for findings; may be null.</param>
    /// <param name="options">Import settings; null for the defaults.</param>
    /// <returns>The plan, each deliverable with its <see cref="Deliverable.Location"/>, and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="NhpInputException">The table is empty, has no deliverable rows, or states no as-of period; the message says what was found instead.</exception>
    public static ImportResult<DeliveryPlan> Read(IEnumerable<PlanTableRow> rows, string? source = null, PlanImportOptions? options = null) =>
        Read(rows, source, options, PlanTableReader.TableForms);

    /// <summary>Interprets the rows of a plan table, naming the forms of the reader's format when the table is empty.</summary>
    internal static ImportResult<DeliveryPlan> Read(IEnumerable<PlanTableRow> rows, string? source, PlanImportOptions? options, (string Expected, string[] Forms) format)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var reader = new PlanTableReader(source, format);
        foreach (var row in rows)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
            reader.Row(row);
        }

        options ??= new PlanImportOptions();
        var import = reader.Build(options);
        return options.KnownObjectives is null ? import : new ImportResult<DeliveryPlan>(import.Value, [PlanImportOptions.ObjectivesUsed(options, source), .. import.Findings], source);
    }
}
