using System.Text.Json;
using Nhp.Findings;

namespace Nhp.Cli;

/// <summary>
/// Writes a <see cref="Finding"/>'s properties in a command's <c>--json</c> output. The shape is the published one of
/// <see cref="FindingsJson.WriteProperties"/> (<c>docs/findings.schema.json</c>); this name stays so that commands
/// written against it keep compiling.
/// </summary>
internal static class FindingJson
{
    public static void WriteProperties(Utf8JsonWriter json, Finding finding) => FindingsJson.WriteProperties(json, finding);

    /// <summary>
    /// The findings as a JSON array of objects written by <see cref="WriteProperties"/>, ending with a newline. A
    /// command's <c>--json</c> output writes <see cref="FindingsJson.Write(IEnumerable{Finding})"/> instead, which
    /// carries <c>format</c> and <c>version</c>.
    /// </summary>
    public static string WriteArray(IEnumerable<Finding> findings) => Nhp.Serialization.NhpJson.Write(json =>
    {
        json.WriteStartArray();
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            WriteProperties(json, finding);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });
}
