using Nhp.Importing;
using Nhp.Serialization;

namespace Nhp.Governance.Peel;

/// <summary>
/// Reads and writes an update on areas for improvement as JSON (format <c>nhp-peel-update</c>, version 1; schema in
/// <c>docs/peel.schema.json</c>): title, inspection, asOf, status, notes and areas, each area with id, kind, label,
/// heading, text, points, progress (number and text), status, actions and deliverables. An area that cannot be read
/// is left out with a located finding. What <see cref="Write"/> writes reads back equal. Thread-safe.
/// </summary>
public static class PeelJson
{
    /// <summary>The format name written at the top of every file.</summary>
    public const string Format = "nhp-peel-update";

    /// <summary>The version this library writes and the newest it reads.</summary>
    public const int Version = 1;

    private static readonly string[] Accepted = [$"{{ \"format\": \"{Format}\", \"version\": 1, \"title\": \"Update on PEEL Inspection\", \"inspection\": \"PEEL 2022\", \"asOf\": \"2024-02-22\", \"areas\": [ {{ \"id\": \"afi-01\", \"text\": \"The force should …\" }} ] }}"];

    private static readonly string[] Known = ["title", "inspection", "asOf", "status", "notes", "areas"];

    /// <summary>Reads an update file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The update (null when unusable) and the findings.</returns>
    /// <exception cref="NhpInputException">The file is not JSON or not an areas-for-improvement file.</exception>
    public static ImportResult<PeelUpdate> Read(string path) => Read(File.ReadAllBytes(path), path);

    /// <summary>Reads an update from a stream (UTF-8).</summary>
    /// <param name="stream">The stream; read to its end, not closed.</param>
    /// <param name="source">The name findings give as the location, or null.</param>
    /// <returns>The update (null when unusable) and the findings.</returns>
    /// <exception cref="NhpInputException">The input is not JSON or not an areas-for-improvement file.</exception>
    public static ImportResult<PeelUpdate> Read(Stream stream, string? source = null) => Read(StoredJson.Bytes(stream), source);

    /// <summary>Reads an update from text.</summary>
    /// <param name="reader">The text; read to its end, not closed.</param>
    /// <param name="source">The name findings give as the location, or null.</param>
    /// <returns>The update (null when unusable) and the findings.</returns>
    /// <exception cref="NhpInputException">The input is not JSON or not an areas-for-improvement file.</exception>
    public static ImportResult<PeelUpdate> Read(TextReader reader, string? source = null) => Read(StoredJson.Bytes(reader), source);

    /// <summary>Writes an update as JSON, <c>format</c> and <c>version</c> first; ends with a newline.</summary>
    /// <param name="update">The update.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(PeelUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return StoredFileReader.Write(update, NhpJson.Context.PeelUpdate, Format, Version);
    }

    /// <summary>The JSON schema of the format, as published in <c>docs/peel.schema.json</c>.</summary>
    /// <returns>The schema text, lines ending in <c>\n</c>.</returns>
    public static string Schema() => StoredSchema.Write(NhpJson.Context.PeelUpdate, Format, Version, "Nhp update on areas for improvement");

    private static ImportResult<PeelUpdate> Read(byte[] bytes, string? source)
    {
        var file = StoredFileReader.Open(bytes, source, Format, Version, "areas-for-improvement", GovernanceImportRules.PeelFormat, Accepted, ["inspection", "areas"], Known);
        var title = file.One("title", NhpJson.Context.String, required: true);
        var inspection = file.One("inspection", NhpJson.Context.String, required: true);
        var asOf = file.One("asOf", NhpJson.Context.LocalDate, required: true);
        var status = file.One("status", NhpJson.Context.String, required: false);
        var notes = file.Many("notes", NhpJson.Context.String, "note");
        var areas = file.Many("areas", NhpJson.Context.AreaForImprovement, "area for improvement");
        var update = file.Usable && title is not null && inspection is not null
            ? new PeelUpdate { Title = title, Inspection = inspection, AsOf = asOf, Status = status, Notes = notes, Areas = areas }
            : null;
        return new ImportResult<PeelUpdate>(update, file.Findings.OrderBy(f => f.Location?.Line ?? 0), source);
    }
}
