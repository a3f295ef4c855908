using Nhp.Committees.Storage;
using Nhp.Importing;
using Nhp.Serialization;

namespace Nhp.Committees;

/// <summary>
/// Reads and writes a paper's front sheet, with the words around its main report, as JSON (format
/// <c>nhp-front-sheet</c>, version 1; schema in <c>docs/front-sheet.schema.json</c>): the committees and dates,
/// subject, public or not, Corporate Plan outcomes, the four funding answers, report of, reference, purpose and
/// author, then the summary, recommendations, appendices and contact officers. What a force keeps beside a report so
/// that <c>nhp paper render</c> can make it a committee paper. A missing funding answer is read as blank (the paper
/// rules then say so), never as "N/A". A committee, appendix or contact that cannot be read is left out with a
/// located finding; a top-level value that cannot be read makes the file unusable. What <see cref="Write"/> writes
/// reads back equal.
/// </summary>
public static class FrontSheetJson
{
    /// <summary>The format name written at the top of every file.</summary>
    public const string Format = "nhp-front-sheet";

    /// <summary>The version this library writes and the newest it reads.</summary>
    public const int Version = 1;

    private static readonly string[] Accepted =
        [$"{{ \"format\": \"{Format}\", \"version\": 1, \"committees\": [ {{ \"committee\": \"…\", \"date\": \"2024-02-22\" }} ], \"subject\": \"…\", \"reportOf\": \"Commissioner of Police\", \"purpose\": \"discussion\", … }}"];

    private static readonly string[] Known =
        ["committees", "subject", "public", "corporatePlanOutcomes", "funding", "reportOfLabel", "reportOf", "reference", "purpose", "author", "summary", "recommendations", "appendices", "contacts"];

    /// <summary>Reads a front-sheet file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The paper (no main report; null when unusable) and the findings.</returns>
    /// <exception cref="NhpInputException">The file is not JSON, not a front-sheet file, or of a newer version.</exception>
    public static ImportResult<Paper> Read(string path) => Read(StoredJson.FileBytes(path), path);

    /// <summary>Reads a front sheet from a stream (UTF-8).</summary>
    /// <param name="stream">The stream; read to its end, not closed.</param>
    /// <param name="source">The name findings give as the location, or null.</param>
    /// <returns>The paper (no main report; null when unusable) and the findings.</returns>
    /// <exception cref="NhpInputException">The input is not JSON, not a front-sheet file, or of a newer version.</exception>
    public static ImportResult<Paper> Read(Stream stream, string? source = null) => Read(StoredJson.Bytes(stream, source), source);

    /// <summary>Reads a front sheet from text.</summary>
    /// <param name="reader">The text; read to its end, not closed.</param>
    /// <param name="source">The name findings give as the location, or null.</param>
    /// <returns>The paper (no main report; null when unusable) and the findings.</returns>
    /// <exception cref="NhpInputException">The input is not JSON, not a front-sheet file, or of a newer version.</exception>
    public static ImportResult<Paper> Read(TextReader reader, string? source = null) => Read(StoredJson.Bytes(reader, source), source);

    /// <summary>
    /// Writes a paper's front sheet, summary, recommendations, appendices and contacts as JSON, <c>format</c> and
    /// <c>version</c> first; ends with a newline. The main report is not written: it is the report the paper wraps.
    /// </summary>
    /// <param name="paper">The paper.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return StoredFileReader.Write(FrontSheetFile.From(paper), NhpJson.Context.FrontSheetFile, Format, Version);
    }

    /// <summary>The JSON schema of the format, as published in <c>docs/</c>.</summary>
    internal static string Schema() => StoredSchema.Write(NhpJson.Context.FrontSheetFile, Format, Version, "Nhp committee paper front sheet");

    private static ImportResult<Paper> Read(byte[] bytes, string? source)
    {
        var file = StoredFileReader.Open(bytes, source, Format, Version, "front sheet", PaperImportRules.FrontSheetFileRules, Accepted, ["subject", "reportOf", "committees"], Known);
        var committees = file.Many("committees", NhpJson.Context.CommitteeEntry, "committee");
        var subject = file.One("subject", NhpJson.Context.String, required: true);
        var isPublic = file.One("public", NhpJson.Context.Boolean, required: false);
        var outcomes = file.One("corporatePlanOutcomes", NhpJson.Context.String, required: false);
        var funding = file.One("funding", NhpJson.Context.FundingEntry, required: false);
        var reportOfLabel = file.One("reportOfLabel", NhpJson.Context.String, required: false);
        var reportOf = file.One("reportOf", NhpJson.Context.String, required: true);
        var reference = file.One("reference", NhpJson.Context.String, required: false);
        var purpose = file.One("purpose", NhpJson.Context.PaperPurpose, required: false);
        var author = file.One("author", NhpJson.Context.String, required: false);
        var summary = file.Many("summary", NhpJson.Context.String, "summary paragraph");
        var recommendations = file.Many("recommendations", NhpJson.Context.String, "recommendation");
        var appendices = file.Many("appendices", NhpJson.Context.AppendixEntry, "appendix");
        var contacts = file.Many("contacts", NhpJson.Context.ContactOfficer, "contact");
        var paper = file.Usable && subject is not null && reportOf is not null
            ? new Paper
            {
                FrontSheet = new FrontSheet
                {
                    Committees = [.. committees.Select(c => c.ToCommittee())],
                    Subject = subject,
                    IsPublic = !file.Has("public") || isPublic,
                    CorporatePlanOutcomes = outcomes,
                    Funding = (funding ?? new FundingEntry()).ToFunding(),
                    ReportOfLabel = reportOfLabel ?? "Report of",
                    ReportOf = reportOf,
                    Reference = reference,
                    Purpose = file.Has("purpose") ? purpose : null,
                    Author = author,
                },
                Summary = summary,
                Recommendations = recommendations,
                Appendices = [.. appendices.Select(a => a.ToAppendix())],
                Contacts = contacts,
            }
            : null;
        return new ImportResult<Paper>(paper, file.Findings.OrderBy(f => f.Location?.Line ?? 0), source);
    }
}
