using Nhp.Engagement;
using Nhp.Importing;
using Nhp.Serialization;

namespace Nhp.Policing;

/// <summary>
/// Reads and writes a policing model as JSON (format <c>nhp-policing-model</c>, version 1; schema in
/// <c>docs/policing-model.schema.json</c>). A unit, post, result or review that cannot be read is left out with a
/// located finding. What <see cref="Write"/> writes reads back equal.
/// </summary>
public static class PolicingModelJson
{
    /// <summary>The format name written at the top of every file.</summary>
    public const string Format = "nhp-policing-model";

    /// <summary>The version this library writes and the newest it reads.</summary>
    public const int Version = 1;

    private static readonly string[] Accepted = [$"{{ \"format\": \"{Format}\", \"version\": 1, \"name\": \"Sector Policing Model\", \"asOf\": \"2021-06-04\", \"places\": {{ … }}, \"units\": [ … ], \"results\": [ … ] }}"];

    private static readonly string[] Known = ["name", "asOf", "goLive", "places", "units", "posts", "results", "reviews", "successes", "challenges"];

    /// <summary>Reads a policing model file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The model (null when unusable) and the findings.</returns>
    /// <exception cref="NhpInputException">The file is not JSON or not a policing model file.</exception>
    public static ImportResult<PolicingModel> Read(string path) => Read(File.ReadAllBytes(path), path);

    /// <summary>Reads a policing model from a stream (UTF-8).</summary>
    /// <param name="stream">The stream; read to its end, not closed.</param>
    /// <param name="source">The name findings give as the location, or null.</param>
    /// <returns>The model (null when unusable) and the findings.</returns>
    /// <exception cref="NhpInputException">The input is not JSON or not a policing model file.</exception>
    public static ImportResult<PolicingModel> Read(Stream stream, string? source = null) => Read(StoredJson.Bytes(stream), source);

    /// <summary>Reads a policing model from text.</summary>
    /// <param name="reader">The text; read to its end, not closed.</param>
    /// <param name="source">The name findings give as the location, or null.</param>
    /// <returns>The model (null when unusable) and the findings.</returns>
    /// <exception cref="NhpInputException">The input is not JSON or not a policing model file.</exception>
    public static ImportResult<PolicingModel> Read(TextReader reader, string? source = null) => Read(StoredJson.Bytes(reader), source);

    /// <summary>Writes a policing model as JSON, <c>format</c> and <c>version</c> first; ends with a newline.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(PolicingModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return StoredFileReader.Write(model, NhpJson.Context.PolicingModel, Format, Version);
    }

    /// <summary>The JSON schema of the format, as published in <c>docs/</c>.</summary>
    internal static string Schema() => StoredSchema.Write(NhpJson.Context.PolicingModel, Format, Version, "Nhp policing model");

    private static ImportResult<PolicingModel> Read(byte[] bytes, string? source)
    {
        var file = StoredFileReader.Open(bytes, source, Format, Version, "policing model", PolicingModelImportRules.Rules, Accepted, ["asOf", "units", "places"], Known);
        var name = file.One("name", NhpJson.Context.String, required: true);
        var asOf = file.One("asOf", NhpJson.Context.LocalDate, required: true);
        var goLive = file.One("goLive", NhpJson.Context.LocalDate, required: false);
        var places = file.One("places", NhpJson.Context.PlaceConfiguration, required: false);
        var units = file.Many("units", NhpJson.Context.PolicingUnit, "unit");
        var posts = file.Many("posts", NhpJson.Context.AccountablePost, "post");
        var results = file.Many("results", NhpJson.Context.ActivityResult, "result");
        var reviews = file.Many("reviews", NhpJson.Context.PeerReview, "review");
        var successes = file.Many("successes", NhpJson.Context.String, "success");
        var challenges = file.Many("challenges", NhpJson.Context.String, "challenge");
        var model = file.Usable && name is not null
            ? new PolicingModel
            {
                Name = name,
                AsOf = asOf,
                GoLive = file.Has("goLive") ? goLive : null,
                Places = places ?? new PlaceConfiguration(),
                Units = units,
                Posts = posts,
                Results = results,
                Reviews = reviews,
                Successes = successes,
                Challenges = challenges,
            }
            : null;
        return new ImportResult<PolicingModel>(model, file.Findings.OrderBy(f => f.Location?.Line ?? 0), source);
    }
}
