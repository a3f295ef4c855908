using Nhp.Importing;
using Nhp.Serialization;

namespace Nhp.ProblemSolving;

/// <summary>
/// Reads and writes a problem-solving register as JSON (format <c>nhp-problem-solving</c>, version 1; schema in
/// <c>docs/problem-solving.schema.json</c>). A plan that cannot be read is left out with a located finding; the rest
/// are read. What <see cref="Write"/> writes, <see cref="Read(string)"/> reads back equal.
/// </summary>
public static class ProblemSolvingJson
{
    /// <summary>The format name written at the top of every file.</summary>
    public const string Format = "nhp-problem-solving";

    /// <summary>The version this library writes and the newest it reads.</summary>
    public const int Version = 1;

    private static readonly string[] Accepted = [$"{{ \"format\": \"{Format}\", \"version\": 1, \"asOf\": \"2024-03-31\", \"reviewEveryMonths\": 3, \"plans\": [ {{ \"reference\": \"PS-1\", \"title\": \"…\", \"method\": \"sara\", \"owner\": \"…\", \"stages\": [ … ] }} ] }}"];

    private static readonly string[] Known = ["name", "asOf", "reviewEveryMonths", "plans"];

    /// <summary>Reads a register file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The register (null when unusable) and the findings.</returns>
    /// <exception cref="NhpInputException">The file is not JSON or not a register file.</exception>
    public static ImportResult<ProblemSolvingRegister> Read(string path) => Read(File.ReadAllBytes(path), path);

    /// <summary>Reads a register from a stream (UTF-8).</summary>
    /// <param name="stream">The stream; read to its end, not closed.</param>
    /// <param name="source">The name findings give as the location, or null.</param>
    /// <returns>The register (null when unusable) and the findings.</returns>
    /// <exception cref="NhpInputException">The input is not JSON or not a register file.</exception>
    public static ImportResult<ProblemSolvingRegister> Read(Stream stream, string? source = null) => Read(StoredJson.Bytes(stream), source);

    /// <summary>Reads a register from text.</summary>
    /// <param name="reader">The text; read to its end, not closed.</param>
    /// <param name="source">The name findings give as the location, or null.</param>
    /// <returns>The register (null when unusable) and the findings.</returns>
    /// <exception cref="NhpInputException">The input is not JSON or not a register file.</exception>
    public static ImportResult<ProblemSolvingRegister> Read(TextReader reader, string? source = null) => Read(StoredJson.Bytes(reader), source);

    /// <summary>Writes a register as JSON, <c>format</c> and <c>version</c> first; ends with a newline.</summary>
    /// <param name="register">The register.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(ProblemSolvingRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);
        return StoredFileReader.Write(register, NhpJson.Context.ProblemSolvingRegister, Format, Version);
    }

    /// <summary>The JSON schema of the format, as published in <c>docs/</c>.</summary>
    internal static string Schema() => StoredSchema.Write(NhpJson.Context.ProblemSolvingRegister, Format, Version, "Nhp problem-solving register");

    private static ImportResult<ProblemSolvingRegister> Read(byte[] bytes, string? source)
    {
        var file = StoredFileReader.Open(bytes, source, Format, Version, "problem-solving register", ProblemSolvingImportRules.Rules, Accepted, ["asOf", "plans"], Known);
        var name = file.One("name", NhpJson.Context.String, required: false);
        var asOf = file.One("asOf", NhpJson.Context.LocalDate, required: true);
        var every = file.One("reviewEveryMonths", NhpJson.Context.Int32, required: false);
        if (every is < 0 or > 120)
        {
            file.Findings.Add(ProblemSolvingImportRules.Rules.ValueInvalid.Finding(source ?? "register", "$.reviewEveryMonths",
                $"reviewEveryMonths must be a whole number of months from 1 to 120 (0 or absent means the default, 3), not {every}; nothing was imported.", new Findings.SourceLocation(source, null)));
            return new ImportResult<ProblemSolvingRegister>(null, file.Findings, source);
        }

        var plans = file.Many("plans", NhpJson.Context.ProblemSolvingPlan, "plan");
        var register = file.Usable
            ? new ProblemSolvingRegister { Name = name, AsOf = asOf, ReviewEveryMonths = every == 0 ? ProblemSolvingRegister.DefaultReviewEveryMonths : every, Plans = plans }
            : null;
        return new ImportResult<ProblemSolvingRegister>(register, file.Findings.OrderBy(f => f.Location?.Line ?? 0), source);
    }
}
