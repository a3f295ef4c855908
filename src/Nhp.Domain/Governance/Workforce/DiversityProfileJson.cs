using Nhp.Importing;
using Nhp.Serialization;

namespace Nhp.Governance.Workforce;

/// <summary>
/// Reads and writes a diversity profile as JSON (format <c>nhp-diversity-profile</c>, version 1; schema in
/// <c>docs/diversity-profile.schema.json</c>): a workforce's, or the population's it is compared with. Title, source,
/// asOf, asOfText, text, deliverable and characteristics, each with name and categories (label, share in percent,
/// count, notStated, text). A characteristic that cannot be read is left out with a located finding. What
/// <see cref="Write"/> writes reads back equal. Thread-safe.
/// </summary>
public static class DiversityProfileJson
{
    /// <summary>The format name written at the top of every file.</summary>
    public const string Format = "nhp-diversity-profile";

    /// <summary>The version this library writes and the newest it reads.</summary>
    public const int Version = 1;

    private static readonly string[] Accepted = [$"{{ \"format\": \"{Format}\", \"version\": 1, \"title\": \"Neighbourhood officers and staff\", \"characteristics\": [ {{ \"name\": \"Gender\", \"categories\": [ {{ \"label\": \"Female\", \"share\": 26 }}, {{ \"label\": \"Male\", \"share\": 74 }} ] }} ] }}"];

    private static readonly string[] Known = ["title", "source", "asOf", "asOfText", "text", "deliverable", "characteristics"];

    /// <summary>Reads a profile file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The profile (null when unusable) and the findings.</returns>
    /// <exception cref="NhpInputException">The file is not JSON or not a diversity profile file.</exception>
    public static ImportResult<DiversityProfile> Read(string path) => Read(File.ReadAllBytes(path), path);

    /// <summary>Reads a profile from a stream (UTF-8).</summary>
    /// <param name="stream">The stream; read to its end, not closed.</param>
    /// <param name="source">The name findings give as the location, or null.</param>
    /// <returns>The profile (null when unusable) and the findings.</returns>
    /// <exception cref="NhpInputException">The input is not JSON or not a diversity profile file.</exception>
    public static ImportResult<DiversityProfile> Read(Stream stream, string? source = null) => Read(StoredJson.Bytes(stream), source);

    /// <summary>Reads a profile from text.</summary>
    /// <param name="reader">The text; read to its end, not closed.</param>
    /// <param name="source">The name findings give as the location, or null.</param>
    /// <returns>The profile (null when unusable) and the findings.</returns>
    /// <exception cref="NhpInputException">The input is not JSON or not a diversity profile file.</exception>
    public static ImportResult<DiversityProfile> Read(TextReader reader, string? source = null) => Read(StoredJson.Bytes(reader), source);

    /// <summary>Writes a profile as JSON, <c>format</c> and <c>version</c> first; ends with a newline.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(DiversityProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return StoredFileReader.Write(profile, NhpJson.Context.DiversityProfile, Format, Version);
    }

    /// <summary>The JSON schema of the format, as published in <c>docs/diversity-profile.schema.json</c>.</summary>
    /// <returns>The schema text, lines ending in <c>\n</c>.</returns>
    public static string Schema() => StoredSchema.Write(NhpJson.Context.DiversityProfile, Format, Version, "Nhp diversity profile");

    private static ImportResult<DiversityProfile> Read(byte[] bytes, string? source)
    {
        var file = StoredFileReader.Open(bytes, source, Format, Version, "diversity profile", GovernanceImportRules.WorkforceFormat, Accepted, ["characteristics"], Known);
        var title = file.One("title", NhpJson.Context.String, required: true);
        var profileSource = file.One("source", NhpJson.Context.String, required: false);
        var asOf = file.One("asOf", NhpJson.Context.LocalDate, required: false);
        var asOfText = file.One("asOfText", NhpJson.Context.String, required: false);
        var text = file.One("text", NhpJson.Context.String, required: false);
        var deliverable = file.One("deliverable", NhpJson.Context.NullableDeliverableCode, required: false);
        var characteristics = file.Many("characteristics", NhpJson.Context.ProfileCharacteristic, "characteristic");
        var profile = file.Usable && title is not null
            ? new DiversityProfile
            {
                Title = title,
                Source = profileSource,
                AsOf = file.Has("asOf") ? asOf : null,
                AsOfText = asOfText,
                Text = text,
                Deliverable = deliverable,
                Characteristics = characteristics,
            }
            : null;
        return new ImportResult<DiversityProfile>(profile, file.Findings.OrderBy(f => f.Location?.Line ?? 0), source);
    }
}
