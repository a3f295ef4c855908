using System.Text;
using System.Text.Json;
using Nhp.Findings;

namespace Nhp.Cli.Tests;

public sealed class FindingJsonTest
{
    private static string Write(Finding finding)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            FindingJson.WriteProperties(json, finding);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void A_located_finding_with_a_field_writes_every_property()
    {
        var finding = new Finding("plan.rag.known", Severity.Error, "3.3", "rag", "Unknown RAG 'BLUE'.", new SourceLocation("plan.txt", 12));

        Assert.Equal(
            """{"ruleId":"plan.rag.known","severity":"error","subject":"3.3","field":"rag","message":"Unknown RAG \u0027BLUE\u0027.","source":"plan.txt","line":12}""",
            Write(finding));
    }

    [Fact]
    public void Unknown_field_and_location_are_left_out_rather_than_written_as_null() =>
        Assert.Equal(
            """{"ruleId":"r","severity":"warning","subject":"s","message":"m"}""",
            Write(new Finding("r", Severity.Warning, "s", null, "m")));
}
