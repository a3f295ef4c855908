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
}
