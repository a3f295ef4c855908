using System.Text.Json;
using Nhp.Findings;

namespace Nhp.Cli;

/// <summary>
/// Writes a <see cref="Finding"/> as JSON properties, the same way in every command's <c>--json</c> output:
/// <c>ruleId</c>, <c>severity</c>, <c>subject</c>, <c>field</c> (when there is one), <c>message</c>, and
/// <c>source</c> and <c>line</c> (when known). Commands may add properties of their own after these.
/// </summary>
internal static class FindingJson
{
    public static void WriteProperties(Utf8JsonWriter json, Finding finding)
    {
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

    /// <summary>The findings as a JSON array of objects written by <see cref="WriteProperties"/>, ending with a newline.</summary>
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
