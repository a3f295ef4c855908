using System.Text;
using CsCheck;
using Nhp.Delivery;
using Nhp.Governance;
using Nhp.Governance.Peel;

namespace Nhp.Domain.Tests.Governance.Peel;

public sealed class PeelJsonTest
{
    private const string File =
        """
        {
          "format": "nhp-peel-update",
          "version": 1,
          "title": "Update",
          "inspection": "PEEL 2022",
          "asOf": "2024-02-22",
          "areas": [
            { "id": "afi-01", "text": "Improve.", "progress": [ { "number": 3, "text": "Done." } ], "deliverables": [ "1.10" ] },
            { "id": "afi-02", "text": "Recommend.", "kind": "regional" },
            { "id": "rec-01", "kind": "recommendation", "text": "Create a unit." }
          ]
        }
        """;

    [Fact]
    public void An_area_that_cannot_be_read_is_left_out_with_its_path_and_line()
    {
        var import = PeelJson.Read(new StringReader(File), "peel.json");

        Assert.Equal(["afi-01", "rec-01"], import.Value!.Areas.Select(a => a.Id));
        Assert.Equal(AfiKind.AreaForImprovement, import.Value.Areas[0].Kind);
        Assert.Equal(AfiKind.Recommendation, import.Value.Areas[1].Kind);
        Assert.Equal("1.10", import.Value.Areas[0].Deliverables[0].ToString());
        var finding = Assert.Single(import.Findings);
        Assert.Equal(GovernanceImportRules.PeelItemInvalid, finding.RuleId);
        Assert.Equal(9, finding.Location!.Line);
        Assert.Contains("$.areas[1]", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void What_is_written_reads_back_the_same()
    {
        var update = PeelJson.Read(new StringReader(File), "peel.json").Value!;

        var written = PeelJson.Write(update);
        var again = PeelJson.Read(new StringReader(written), "again.json");

        Assert.Empty(again.Findings);
        Assert.Equal(written, PeelJson.Write(again.Value!));
        Assert.StartsWith("{\n  \"format\": \"nhp-peel-update\",\n  \"version\": 1,", written, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"recommendation\"", written, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_another_kind_is_refused_naming_the_format()
    {
        var error = Assert.Throws<NhpInputException>(() => PeelJson.Read(new StringReader("{ \"format\": \"nhp-policing-model\", \"version\": 1 }"), "model.json"));
        Assert.Contains("nhp-peel-update", error.Message, StringComparison.Ordinal);
    }

    private static readonly Gen<string> Words = Gen.String[Gen.Char["a-zA-Z0-9 ,.'%&<>\"\u00b2\u2013"], 1, 40];

    private static readonly Gen<AreaForImprovement> Area =
        Gen.Select(Gen.Int[1, 99], Gen.Enum<AfiKind>(), Words.Null(), Words, Words.Array[0, 3], Gen.Select(Gen.Int[1, 40].Nullable(), Words).Array[0, 4], Words.Null(), Gen.Int[1, 15].Array[0, 3])
            .Select((n, kind, label, text, points, progress, status, codes) => new AreaForImprovement
            {
                Id = "afi-" + n,
                Kind = kind,
                Label = label,
                Text = text,
                Points = points,
                Progress = [.. progress.Select(p => new ProgressParagraph { Number = p.Item1, Text = p.Item2 })],
                Status = status,
                Deliverables = [.. codes.Select(c => new DeliverableCode(1, c))],
            });

    [Fact]
    public void Whatever_is_written_reads_back_the_same() =>
        Gen.Select(Words, Words, Area.Array[0, 5], Words.Null()).Sample((title, inspection, areas, status) =>
        {
            var update = new PeelUpdate { Title = title, Inspection = inspection, AsOf = new NodaTime.LocalDate(2024, 2, 22), Areas = areas, Status = status };
            var json = PeelJson.Write(update);
            var back = PeelJson.Read(new StringReader(json), "peel.json");
            Assert.Empty(back.Findings);
            Assert.Equal(areas.Select(a => (a.Id, a.Kind, a.Label, a.Text, a.Status)), back.Value!.Areas.Select(a => (a.Id, a.Kind, a.Label, a.Text, a.Status)));
            Assert.Equal(areas.SelectMany(a => a.Progress), back.Value.Areas.SelectMany(a => a.Progress));
            Assert.Equal(areas.SelectMany(a => a.Deliverables), back.Value.Areas.SelectMany(a => a.Deliverables));
            Assert.Equal(json, PeelJson.Write(back.Value));
        }, iter: 200);

    [Fact]
    public void Any_input_gives_a_result_or_a_located_input_error() =>
        Gen.String.Sample(text =>
        {
            try
            {
                _ = PeelJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "peel.json").Findings.Count;
            }
            catch (NhpInputException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Reason));
            }
        }, iter: 500);
}
