using Nhp.Importing;
using Nhp.Serialization;

namespace Nhp.Frameworks;

/// <summary>
/// Reads and writes a framework with its rating scale, self-assessments and progress by pillar as JSON (format
/// <c>nhp-framework-assessment</c>, version 1; schema in <c>docs/framework-assessment.schema.json</c>). An assessment
/// that cannot be read is left out with a located finding. What <see cref="Write"/> writes reads back equal.
/// </summary>
public static class FrameworkJson
{
    /// <summary>The format name written at the top of every file.</summary>
    public const string Format = "nhp-framework-assessment";

    /// <summary>The version this library writes and the newest it reads.</summary>
    public const int Version = 1;

    private static readonly string[] Accepted = [$"{{ \"format\": \"{Format}\", \"version\": 1, \"framework\": {{ \"name\": \"…\", \"pillars\": [ … ] }}, \"scale\": {{ \"levels\": [ \"not started\", \"developing\", \"established\", \"embedded\" ] }}, \"assessments\": [ … ] }}"];

    private static readonly string[] Known = ["framework", "scale", "assessments", "progress"];

    /// <summary>Reads a framework assessment file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The data (null when unusable) and the findings.</returns>
    /// <exception cref="NhpInputException">The file is not JSON or not a framework assessment file.</exception>
    public static ImportResult<FrameworkAssessments> Read(string path) => Read(File.ReadAllBytes(path), path);

    /// <summary>Reads a framework assessment from a stream (UTF-8).</summary>
    /// <param name="stream">The stream; read to its end, not closed.</param>
    /// <param name="source">The name findings give as the location, or null.</param>
    /// <returns>The data (null when unusable) and the findings.</returns>
    /// <exception cref="NhpInputException">The input is not JSON or not a framework assessment file.</exception>
    public static ImportResult<FrameworkAssessments> Read(Stream stream, string? source = null) => Read(StoredJson.Bytes(stream), source);

    /// <summary>Reads a framework assessment from text.</summary>
    /// <param name="reader">The text; read to its end, not closed.</param>
    /// <param name="source">The name findings give as the location, or null.</param>
    /// <returns>The data (null when unusable) and the findings.</returns>
    /// <exception cref="NhpInputException">The input is not JSON or not a framework assessment file.</exception>
    public static ImportResult<FrameworkAssessments> Read(TextReader reader, string? source = null) => Read(StoredJson.Bytes(reader), source);

    /// <summary>Writes the framework, scale and assessments as JSON, <c>format</c> and <c>version</c> first; ends with a newline.</summary>
    /// <param name="data">The data.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(FrameworkAssessments data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return StoredFileReader.Write(data, NhpJson.Context.FrameworkAssessments, Format, Version);
    }

    /// <summary>The JSON schema of the format, as published in <c>docs/</c>.</summary>
    internal static string Schema() => StoredSchema.Write(NhpJson.Context.FrameworkAssessments, Format, Version, "Nhp strategy framework and self-assessments");

    private static ImportResult<FrameworkAssessments> Read(byte[] bytes, string? source)
    {
        var file = StoredFileReader.Open(bytes, source, Format, Version, "framework assessment", FrameworkImportRules.Rules, Accepted, ["framework", "assessments"], Known);
        var framework = file.One("framework", NhpJson.Context.Framework, required: true);
        var scale = file.One("scale", NhpJson.Context.RatingScale, required: false);
        var assessments = file.Many("assessments", NhpJson.Context.SelfAssessment, "assessment");
        var progress = file.Many("progress", NhpJson.Context.PillarProgress, "progress");
        var data = file.Usable && framework is not null
            ? new FrameworkAssessments { Framework = framework, Scale = scale ?? RatingScale.Default, Assessments = assessments, Progress = progress }
            : null;
        return new ImportResult<FrameworkAssessments>(data, file.Findings.OrderBy(f => f.Location?.Line ?? 0), source);
    }
}
