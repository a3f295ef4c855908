using Nhp.Importing;
using Nhp.Serialization;

namespace Nhp.Reviews;

/// <summary>
/// Reads and writes a review's recommendations as JSON (format <c>nhp-review-recommendations</c>, version 1; schema in
/// <c>docs/review-recommendations.schema.json</c>). A recommendation that cannot be read is left out with a located
/// finding; the rest are read. What <see cref="Write"/> writes reads back equal.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Every importer has the same three overloads: path, stream and reader.")]
public static class ReviewRecommendationsJson
{
    /// <summary>The format name written at the top of every file.</summary>
    public const string Format = "nhp-review-recommendations";

    /// <summary>The version this library writes and the newest it reads.</summary>
    public const int Version = 1;

    private static readonly string[] Accepted = [$"{{ \"format\": \"{Format}\", \"version\": 1, \"review\": \"Neighbourhood Policing Review\", \"accepted\": \"2015-04-01\", \"asOf\": \"2016-06-17\", \"printedCount\": {{ \"value\": 31, \"text\": \"…\" }}, \"recommendations\": [ {{ \"id\": \"1\", \"pillar\": \"Visibility\", \"owner\": \"…\" }} ] }}"];

    private static readonly string[] Known = ["review", "source", "accepted", "acceptedText", "asOf", "printedCount", "start", "startText", "printed", "recommendations"];

    /// <summary>Reads a register file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The register (null when unusable) and the findings.</returns>
    /// <exception cref="NhpInputException">The file is not JSON or not a recommendations file.</exception>
    public static ImportResult<ReviewRecommendations> Read(string path) => Read(File.ReadAllBytes(path), path);

    /// <summary>Reads a register from a stream (UTF-8).</summary>
    /// <param name="stream">The stream; read to its end, not closed.</param>
    /// <param name="source">The name findings give as the location, or null.</param>
    /// <returns>The register (null when unusable) and the findings.</returns>
    /// <exception cref="NhpInputException">The input is not JSON or not a recommendations file.</exception>
    public static ImportResult<ReviewRecommendations> Read(Stream stream, string? source = null) => Read(StoredJson.Bytes(stream), source);

    /// <summary>Reads a register from text.</summary>
    /// <param name="reader">The text; read to its end, not closed.</param>
    /// <param name="source">The name findings give as the location, or null.</param>
    /// <returns>The register (null when unusable) and the findings.</returns>
    /// <exception cref="NhpInputException">The input is not JSON or not a recommendations file.</exception>
    public static ImportResult<ReviewRecommendations> Read(TextReader reader, string? source = null) => Read(StoredJson.Bytes(reader), source);

    /// <summary>Writes a register as JSON, <c>format</c> and <c>version</c> first; ends with a newline.</summary>
    /// <param name="register">The register.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(ReviewRecommendations register)
    {
        ArgumentNullException.ThrowIfNull(register);
        return StoredFileReader.Write(register, NhpJson.Context.ReviewRecommendations, Format, Version);
    }

    /// <summary>The JSON schema of the format, as published in <c>docs/</c>.</summary>
    internal static string Schema() => StoredSchema.Write(NhpJson.Context.ReviewRecommendations, Format, Version, "Nhp review recommendations");

    private static ImportResult<ReviewRecommendations> Read(byte[] bytes, string? source)
    {
        var file = StoredFileReader.Open(bytes, source, Format, Version, "review recommendations", RecommendationImportRules.Rules, Accepted, ["review", "recommendations", "accepted"], Known);
        var review = file.One("review", NhpJson.Context.String, required: true);
        var origin = file.One("source", NhpJson.Context.String, required: false);
        var accepted = file.One("accepted", NhpJson.Context.LocalDate, required: true);
        var acceptedText = file.One("acceptedText", NhpJson.Context.String, required: false);
        var asOf = file.One("asOf", NhpJson.Context.LocalDate, required: true);
        var count = file.One("printedCount", NhpJson.Context.PrintedFigure, required: false);
        var start = file.One("start", NhpJson.Context.LocalDate, required: false);
        var startText = file.One("startText", NhpJson.Context.String, required: false);
        var printed = file.One("printed", NhpJson.Context.PrintedActionSummary, required: false);
        var recommendations = file.Many("recommendations", NhpJson.Context.ReviewRecommendation, "recommendation");
        var register = file.Usable && review is not null
            ? new ReviewRecommendations
            {
                Review = review,
                Source = origin,
                Accepted = accepted,
                AcceptedText = acceptedText,
                AsOf = asOf,
                PrintedCount = count,
                Start = file.Has("start") ? start : null,
                StartText = startText,
                Printed = printed,
                Recommendations = recommendations,
            }
            : null;
        return new ImportResult<ReviewRecommendations>(register, file.Findings.OrderBy(f => f.Location?.Line ?? 0), source);
    }
}
