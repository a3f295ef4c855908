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
}
