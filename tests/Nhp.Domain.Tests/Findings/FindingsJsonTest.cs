using System.Text.Json;
using CsCheck;
using Json.Schema;
using Nhp.Findings;

namespace Nhp.Domain.Tests.Findings;

public sealed class FindingsJsonTest
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "findings.schema.json"))));

    private static readonly Finding Located = new("plan.import.row-not-understood", Severity.Error, "plan.txt", "row", "Row 12 is not a deliverable.", new SourceLocation("plan.txt", 12));

    private static readonly Finding Bare = new("rag.deadline.missed", Severity.Warning, "3.6", null, "Deliverable 3.6 missed its deadline of 31 March 2024.");

    private static bool Valid(string json) => Schema.Value.Evaluate(JsonDocument.Parse(json).RootElement).IsValid;

    [Fact]
    public void A_written_document_has_the_format_the_version_and_each_property_as_documented()
    {
        var json = FindingsJson.Write([Located, Bare]);

        Assert.Equal(
            """
            {
              "format": "nhp-findings",
              "version": 1,
              "findings": [
                {
                  "ruleId": "plan.import.row-not-understood",
                  "severity": "error",
                  "subject": "plan.txt",
                  "field": "row",
                  "message": "Row 12 is not a deliverable.",
                  "source": "plan.txt",
                  "line": 12
                },
                {
                  "ruleId": "rag.deadline.missed",
                  "severity": "warning",
                  "subject": "3.6",
                  "message": "Deliverable 3.6 missed its deadline of 31 March 2024."
                }
              ]
            }

            """.ReplaceLineEndings("\n"),
            json);
    }

    [Fact]
    public void Writing_then_reading_gives_the_same_findings_in_the_same_order()
    {
        // Printable ASCII (with the characters JSON and HTML escape) and some letters beyond it.
        var text = Gen.OneOf(Gen.Char[' ', '~'], Gen.Const('é'), Gen.Const('’'), Gen.Const('–')).Array[0, 12].Select(c => new string(c));
        var gen = Gen.Select(
            Gen.Char['a', 'z'].Array[1, 8].Select(c => "x." + new string(c)),
            Gen.Enum<Severity>(),
            text,
            text.Null(),
            text.Where(s => s.Length > 0),
            text.Null(),
            Gen.Int[0, 100_000],
            (rule, severity, subject, field, message, source, line) => new Finding(
                rule, severity, subject, field, message,
                source is null && line == 0 ? null : new SourceLocation(source, line == 0 ? null : line)));

        gen.Array[0, 5].Sample(findings =>
        {
            var json = FindingsJson.Write(findings);
            Assert.Equal(findings, FindingsJson.Read(new StringReader(json), "findings.json"));
            Assert.True(Valid(json), json);
        });
    }

    [Fact]
    public void What_the_writer_writes_validates_against_the_published_schema()
    {
        Assert.True(Valid(FindingsJson.Write([Located, Bare])));
        Assert.True(Valid(FindingsJson.Write([])));
    }

    [Theory]
    [InlineData("""{ "format": "nhp-findings", "version": 1 }""")]
    [InlineData("""{ "format": "nhp-findings", "version": 1, "findings": [ { "ruleId": "a.b", "severity": "fatal", "subject": "s", "message": "m" } ] }""")]
    [InlineData("""{ "format": "nhp-findings", "version": 1, "findings": [ { "ruleId": "a.b", "severity": "error", "message": "m" } ] }""")]
    [InlineData("""{ "format": "nhp-findings", "version": 1, "findings": [ { "ruleId": "a.b", "severity": "error", "subject": "s", "message": "m", "line": 0 } ] }""")]
    [InlineData("""{ "format": "nhp-findings", "version": 1, "findings": [ { "ruleId": "", "severity": "error", "subject": "s", "message": "m" } ] }""")]
    [InlineData("""{ "format": "nhp-delivery-plan", "version": 1, "findings": [] }""")]
    public void A_document_the_schema_rejects_the_reader_rejects_too(string json)
    {
        Assert.False(Valid(json));
        Assert.Throws<NhpInputException>(() => FindingsJson.Read(new StringReader(json), "findings.json"));
    }

    [Fact]
    public void A_finding_may_carry_properties_of_its_own_which_the_reader_ignores()
    {
        var json = """
            { "format": "nhp-findings", "version": 1, "findings": [
              { "ruleId": "rag.deadline.missed", "severity": "error", "subject": "3.6", "message": "m", "reportedRag": "AMBER", "expectedRag": "RED" } ] }
            """;

        Assert.True(Valid(json));
        Assert.Equal([new Finding("rag.deadline.missed", Severity.Error, "3.6", null, "m")], FindingsJson.Read(new StringReader(json), null));
    }

    [Fact]
    public void A_bad_finding_is_reported_with_its_line_and_path()
    {
        var json = "{ \"format\": \"nhp-findings\", \"version\": 1, \"findings\": [\n  { \"ruleId\": \"a.b\", \"severity\": \"error\", \"subject\": \"s\", \"message\": \"m\" },\n  { \"ruleId\": \"a.b\", \"severity\": \"loud\", \"subject\": \"s\", \"message\": \"m\" }\n] }";

        var error = Assert.Throws<NhpInputException>(() => FindingsJson.Read(new StringReader(json), "out.json"));

        Assert.Equal(new SourceLocation("out.json", 3), error.Location);
        Assert.Contains("$.findings[1].severity", error.Message, StringComparison.Ordinal);
        Assert.Contains("not error, warning or info", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_newer_version_is_refused_with_a_message_saying_so()
    {
        var error = Assert.Throws<NhpInputException>(() => FindingsJson.Read(new StringReader("""{ "format": "nhp-findings", "version": 2, "findings": [] }"""), "f.json"));

        Assert.Contains("version 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_object_can_be_embedded_in_a_document_of_another_shape()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            FindingsJson.WriteProperties(json, Bare);
            json.WriteString("extra", "x");
            json.WriteEndObject();
        }

        Assert.Equal(
            """{"ruleId":"rag.deadline.missed","severity":"warning","subject":"3.6","message":"Deliverable 3.6 missed its deadline of 31 March 2024.","extra":"x"}""",
            System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
