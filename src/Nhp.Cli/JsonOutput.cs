using System.Text.Json;

namespace Nhp.Cli;

/// <summary>
/// The start of every <c>--json</c> output of the command line: <c>"format"</c> (what the output is, such as
/// <c>nhp-spc</c>) and <c>"version"</c>, as every stored format starts. Each format's JSON schema is
/// <c>docs/&lt;format without nhp-&gt;.schema.json</c>; findings inside an output have the shape of
/// <c>docs/findings.schema.json</c>.
/// </summary>
internal static class JsonOutput
{
    /// <summary>The version every output of the command line is at; a change that could break a reader raises it.</summary>
    public const int Version = 1;

    /// <summary>Writes <c>"format"</c> and <c>"version"</c> into an object the caller has started.</summary>
    public static void WriteHeader(Utf8JsonWriter json, string format)
    {
        json.WriteString("format", format);
        json.WriteNumber("version", Version);
    }
}
