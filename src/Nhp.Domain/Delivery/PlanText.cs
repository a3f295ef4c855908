using Nhp.Importing;

namespace Nhp.Delivery;

/// <summary>
/// Imports a delivery plan from the text that exporting, copying and pasting or converting (PDF to text) the plan's
/// table gives: one table row a line, cells separated by tabs. Each line becomes a <see cref="PlanTableRow"/> and
/// <see cref="PlanTable"/> interprets them, so the text, Word and Excel readers read a table the same way.
/// Thread-safe.
/// </summary>
/// <remarks>
/// <para>Rows, read by meaning (see <see cref="PlanTable"/>):</para>
/// <list type="bullet">
/// <item>A deliverable code (<c>1.10</c>, or <c>l.1O</c> misread by OCR): a deliverable; the cells are in the
/// header's columns (by default code, commitment, summary position, progress (RAG) and date), or, when the export
/// split or merged cells, placed by content.</item>
/// <item>Empty first cell: the previous deliverable continues (a row broken by a page): each non-empty cell is added to
/// the same column of the previous deliverable (text after a space, a list on a new line; a RAG or date only where the
/// first row left it empty).</item>
/// <item>A page header, whose words are column names however split or damaged (<c>DELI	VERABLE	SUMMARY POSITION
/// (JANUARY 2024)…</c>, <c>DEL	VERABLE …</c>): skipped; the month in brackets is the as-of period of every update.</item>
/// <item>An objective heading, whose cells joined start <c>OBJECTIVE</c> (split or damaged) and a number word
/// (<c>OBJE	ECTIVE TWO: PROTECT THE VUL	NERABLE …</c>): see below.</item>
/// <item>Before the table, its preamble: headings (<c># Title</c>, <c>## …</c>; the first <c>#</c> heading, else
/// the first title line, is the plan's title), the RAG key (<c>GREEN	Complete/established</c>, checked against
/// <see cref="RagKey"/>), captions and notes.</item>
/// </list>
/// <para>
/// Any other row is reported with its line; nothing is dropped silently. HTML list fragments in a cell
/// (<c>&lt;ul&gt; &lt;li&gt;…&lt;/li&gt;</c>) become one line per item starting with <c>- </c>; other tags are removed.
/// </para>
/// <para>
/// Objectives: a deliverable belongs to the objective its code names (3.10 to objective 3), so numbers never depend
/// on damaged headings. An objective's title comes from the heading above its deliverables: cells are re-joined (a cell
/// that ends in a letter followed by one that starts with a letter is one word split by the export), the
/// <c>OBJECTIVE n:</c> label is removed, and the words are put in sentence case. When known objectives are supplied,
/// a title nearly the same as the known title of that number is replaced by it (<c>PROVIDE A FLOV N OF …</c> becomes
/// <c>Provide a flow of …</c>). The heading's number word is checked against the codes. Deliverables with no heading
/// (such as 0.1–0.4) form objective 0, titled <see cref="DeliveryPlan.SetUpObjectiveTitle"/>.
/// </para>
/// <para>
/// Text in the wrong row: when a deliverable's commitment or summary ends mid-sentence (no closing punctuation) and
/// the next deliverable's same column starts mid-sentence (lower case) with a sentence end in it, the words up to
/// that sentence end are moved back (the end of 3.9's commitment, "legislation and enforcement powers.", printed at
/// the start of 3.10's). The move is reported as a warning.
/// </para>
/// </remarks>
public static class PlanText
{
    /// <summary>Imports a plan from the text export in a file (UTF-8, or UTF-16 with a byte order mark).</summary>
    /// <param name="path">The file; its name is the source of findings.</param>
    /// <param name="options">Import settings; null for the defaults.</param>
    /// <returns>The plan, each deliverable with its <see cref="Deliverable.Location"/>, and the findings.</returns>
    /// <exception cref="NhpInputException">The input is empty, has no deliverable rows, or states no as-of period.</exception>
    public static ImportResult<DeliveryPlan> Read(string path, PlanImportOptions? options = null) =>
        ImportInput.FromPath(path, (reader, source) => Read(reader, source, options));

    /// <summary>Imports a plan from its text export as a stream (UTF-8, or UTF-16 with a byte order mark).</summary>
    /// <param name="stream">The text; read to the end, left open.</param>
    /// <param name="source">The input's name (a file name) for findings; may be null.</param>
    /// <param name="options">Import settings; null for the defaults.</param>
    /// <returns>The plan, each deliverable with its <see cref="Deliverable.Location"/>, and the findings.</returns>
    /// <exception cref="NhpInputException">The input is empty, has no deliverable rows, or states no as-of period.</exception>
    public static ImportResult<DeliveryPlan> Read(Stream stream, string? source = null, PlanImportOptions? options = null) =>
        ImportInput.FromStream(stream, source, (reader, name) => Read(reader, name, options));

    /// <summary>Imports a plan from its text export.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The input's name (a file name) for findings; may be null.</param>
    /// <param name="options">Import settings; null for the defaults.</param>
    /// <returns>The plan, each deliverable with its <see cref="Deliverable.Location"/>, and the findings.</returns>
    /// <exception cref="NhpInputException">The input is empty, has no deliverable rows, or states no as-of period.</exception>
    public static ImportResult<DeliveryPlan> Read(TextReader reader, string? source = null, PlanImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return PlanTable.Read(Rows(reader), source, options, PlanTableReader.TextForms);
    }

    // One row a line, cells split at tabs; read lazily so a large file is never held twice.
    private static IEnumerable<PlanTableRow> Rows(TextReader reader)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber == 1)
            {
                line = line.TrimStart('\uFEFF');
            }

            yield return new PlanTableRow(lineNumber, line.Split('\t'));
        }
    }
}
