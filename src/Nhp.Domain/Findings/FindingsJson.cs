using System.Globalization;
using System.Text;
using System.Text.Json;
using Nhp.Serialization;

namespace Nhp.Findings;

/// <summary>
/// The published JSON format of findings, for other tools to write and read:
/// <c>{ "format": "nhp-findings", "version": 1, "findings": [ { "ruleId": …, "severity": …, "subject": …, "field": …,
/// "message": …, "source": …, "line": … } ] }</c>. <c>field</c>, <c>source</c> and <c>line</c> are left out when
/// unknown; <c>severity</c> is <c>error</c>, <c>warning</c> or <c>info</c>. The JSON Schema is published as
/// <c>docs/findings.schema.json</c>. Written with <see cref="NhpJson.WriterOptions"/>; writing then reading gives equal
/// findings in the same order. Thread-safe.
/// </summary>
/// <remarks>
/// A finding object may carry further properties after these (the <c>nhp</c> command line adds the reported and
/// expected RAG of a RAG finding, for example); the reader ignores them. Every <c>--json</c> output of the command line
/// that lists findings writes them with <see cref="WriteProperties"/>.
/// </remarks>
public static class FindingsJson
{
    /// <summary>The value of <c>format</c> in a findings file.</summary>
    public const string Format = "nhp-findings";

    /// <summary>The version this library writes, and the newest it reads.</summary>
    public const int Version = 1;

    private static readonly string[] Accepted =
    [
        $"{{ \"format\": \"{Format}\", \"version\": 1, \"findings\": [ {{ \"ruleId\": \"rag.deadline.missed\", \"severity\": \"error\", \"subject\": \"3.6\", \"message\": \"…\" }} ] }}",
    ];

    /// <summary>Writes the findings as an indented findings document, ending with a line feed.</summary>
    /// <param name="findings">The findings, written in the order given.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var list = findings.ToArray();
        if (list.Any(f => f is null))
        {
            throw new ArgumentException("The findings cannot include null.", nameof(findings));
        }

        return NhpJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteNumber("version", Version);
            json.WriteStartArray("findings");
            foreach (var finding in list)
            {
                WriteFinding(json, finding);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>Writes the findings as an indented findings document in UTF-8 (no byte order mark) to a stream.</summary>
    /// <param name="findings">The findings, written in the order given.</param>
    /// <param name="stream">Where to write; left open.</param>
    public static void Write(IEnumerable<Finding> findings, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Encoding.UTF8.GetBytes(Write(findings)));
    }

    /// <summary>Writes one finding as a JSON object (<c>{ "ruleId": …, … }</c>).</summary>
    /// <param name="json">The writer, positioned where a value may be written.</param>
    /// <param name="finding">The finding.</param>
    public static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        WriteProperties(json, finding);
        json.WriteEndObject();
    }

    /// <summary>
    /// Writes a finding's properties into an object the caller has started, so the caller may add properties of its own
    /// after them: <c>ruleId</c>, <c>severity</c>, <c>subject</c>, <c>field</c> (when there is one), <c>message</c>, and
    /// <c>source</c> and <c>line</c> (when known).
    /// </summary>
    /// <param name="json">The writer, inside an object.</param>
    /// <param name="finding">The finding.</param>
    public static void WriteProperties(Utf8JsonWriter json, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(finding);
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("severity", finding.Severity.ToText());
        json.WriteString("subject", finding.Subject);
        if (finding.Field is not null)
        {
            json.WriteString("field", finding.Field);
        }

        json.WriteString("message", finding.Message);
        if (finding.Location?.Source is { } source)
        {
            json.WriteString("source", source);
        }

        if (finding.Location?.Line is { } line)
        {
            json.WriteNumber("line", line);
        }
    }

    /// <summary>Reads a findings file.</summary>
    /// <param name="path">The file; its name is used in error messages.</param>
    /// <returns>The findings in the order of the file.</returns>
    /// <exception cref="NhpInputException">
    /// The file is empty, not JSON, of another format or a newer version, or a finding in it lacks a required property or
    /// has one of the wrong form; the message names the line and the JSON path.
    /// </exception>
    public static IReadOnlyList<Finding> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Read(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads findings from UTF-8 JSON.</summary>
    /// <param name="stream">The JSON; read to the end, left open.</param>
    /// <param name="source">The input's name for error messages; may be null.</param>
    /// <returns>The findings in the order of the input.</returns>
    /// <exception cref="NhpInputException">The input is not a readable findings document (see <see cref="Read(string)"/>).</exception>
    public static IReadOnlyList<Finding> Read(Stream stream, string? source) => Read(StoredJson.Bytes(stream), source);

    /// <summary>Reads findings from JSON text.</summary>
    /// <param name="reader">The JSON text; read to the end.</param>
    /// <param name="source">The input's name for error messages; may be null.</param>
    /// <returns>The findings in the order of the input.</returns>
    /// <exception cref="NhpInputException">The input is not a readable findings document (see <see cref="Read(string)"/>).</exception>
    public static IReadOnlyList<Finding> Read(TextReader reader, string? source) => Read(StoredJson.Bytes(reader), source);

    private static List<Finding> Read(byte[] bytes, string? source)
    {
        var file = StoredJson.Parse(bytes, source, "findings", Accepted);
        if (!file.CheckFormat(Format, Version, "Nhp findings"))
        {
            throw new NhpInputException(
                $"This is not a findings document: it has no \"format\": \"{Format}\".", new SourceLocation(source, 1), "format", Accepted);
        }

        if (file["findings"] is not { Token: JsonTokenType.StartArray } property)
        {
            throw new NhpInputException(
                "The document has no \"findings\" array.", new SourceLocation(source, file["findings"]?.Line ?? 1), "findings", Accepted);
        }

        var findings = new List<Finding>(property.Items.Count);
        foreach (var item in property.Items)
        {
            var element = file.Read(item, NhpJson.Context.JsonElement, out var problem);
            if (problem is not null)
            {
                throw new NhpInputException($"The finding at {problem.Path} could not be read: {problem.Message}", new SourceLocation(source, problem.Line), problem.Path, Accepted);
            }

            findings.Add(ReadFinding(element, source, item.Line, item.Path));
        }

        return findings;
    }

    private static Finding ReadFinding(JsonElement element, string? source, int line, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Problem(source, line, path, "a finding must be a JSON object");
        }

        string Required(string name)
        {
            var value = Optional(name);
            return string.IsNullOrEmpty(value) ? throw Problem(source, line, path + "." + name, $"\"{name}\" is required and must be a non-empty string") : value;
        }

        string? Optional(string name)
        {
            if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : throw Problem(source, line, path + "." + name, $"\"{name}\" must be a string");
        }

        var ruleId = Required("ruleId");
        var severity = Required("severity") switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "info" => Severity.Info,
            var other => throw Problem(source, line, path + ".severity", $"the severity '{other}' is not error, warning or info"),
        };
        var subject = Optional("subject") ?? throw Problem(source, line, path + ".subject", "\"subject\" is required and must be a string");
        var message = Required("message");
        var field = Optional("field");
        var where = Optional("source");
        int? at = null;
        if (element.TryGetProperty("line", out var lineValue) && lineValue.ValueKind != JsonValueKind.Null)
        {
            at = lineValue.ValueKind == JsonValueKind.Number && lineValue.TryGetInt32(out var number) && number >= 1
                ? number
                : throw Problem(source, line, path + ".line", "\"line\" must be a whole number from 1");
        }

        var location = where is null && at is null ? null : new SourceLocation(where, at);
        return new Finding(ruleId, severity, subject, field, message, location);
    }

    private static NhpInputException Problem(string? source, int line, string path, string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"The finding at {path} could not be read: {what}."), new SourceLocation(source, line), path, Accepted);
}
