using CsCheck;
using Nhp.Governance;
using Nhp.Governance.Inspections;
using NodaTime;

namespace Nhp.Domain.Tests.Governance.Inspections;

public sealed class InspectionActionCsvTest
{
    private const string Tracker =
        """
        Reference,Type,Inspection,Scope,Directorate,Owner,Date raised,Date closed,Status,Action
        PEEL-1,AFI,PEEL 2021/22,Force,Local Policing,Supt NHP,12/08/2022,,In progress,Develop a strategy
        VAWG-3,Recommendation,VAWG 2021,National,Public Protection,DCI PPU,2021-09-14,2023-11-30,Closed,Review referrals
        """;

    [Fact]
    public void A_tracker_with_its_own_column_names_and_day_first_dates_is_read()
    {
        var result = InspectionActionCsv.Read(new StringReader(Tracker), "tracker.csv");

        Assert.Empty(result.Findings);
        var register = result.GetValueOrThrow();
        Assert.Equal(2, register.Actions.Count);
        var first = register.Actions[0];
        Assert.Equal(("PEEL-1", ActionKind.AreaForImprovement, ActionScope.ForceSpecific, new LocalDate(2022, 8, 12), (LocalDate?)null), (first.Id, first.Kind, first.Scope, first.Raised, first.Closed));
        Assert.Equal(new Nhp.Findings.SourceLocation("tracker.csv", 2), first.Location);
        Assert.Equal(new LocalDate(2023, 11, 30), register.Actions[1].Closed);
    }

    [Fact]
    public void A_bad_row_is_left_out_with_a_located_finding_naming_the_accepted_forms()
    {
        var result = InspectionActionCsv.Read(new StringReader("id,inspection,raised,scope\nA1,PEEL,2023-05-01,regional\nA2,PEEL,2023-05-01,national\n"), "r.csv");

        var finding = Assert.Single(result.Findings);
        Assert.Equal((GovernanceImportRules.ValueInvalid, "A1", "scope", 2), (finding.RuleId, finding.Subject, finding.Field, finding.Location!.Line));
        Assert.Contains("force-specific", finding.Message, StringComparison.Ordinal);
        Assert.Equal("A2", Assert.Single(result.Value!.Actions).Id);
    }

    [Fact]
    public void An_empty_file_is_unusable_input() =>
        Assert.Throws<NhpInputException>(() => InspectionActionCsv.Read(new StringReader(""), "r.csv"));

    [Fact]
    public void The_json_form_reads_the_same_fields_with_item_lines()
    {
        const string json = """
            {
              "format": "nhp-inspection-actions", "version": 1,
              "actions": [
                { "id": "A1", "inspection": "PEEL", "raised": "2023-05-01", "scope": "force-specific" },
                { "id": "A2", "inspection": "PEEL", "raised": "yesterday" }
              ]
            }
            """;
        var result = InspectionActionJson.Read(new StringReader(json), "r.json");

        Assert.Equal(ActionScope.ForceSpecific, Assert.Single(result.Value!.Actions).Scope);
        var finding = Assert.Single(result.Findings);
        Assert.Equal((GovernanceImportRules.ValueInvalid, 5), (finding.RuleId, finding.Location!.Line));
    }

    [Fact]
    public void A_json_file_of_another_format_is_unusable_input() =>
        Assert.Throws<NhpInputException>(() => InspectionActionJson.Read(new StringReader("{ \"format\": \"nhp-engagement\", \"version\": 1 }"), "r.json"));

    [Fact]
    public void Writing_and_reading_gives_the_same_register()
    {
        var text = Gen.Select(Gen.String[Gen.Char.AlphaNumeric, 1, 8], Gen.String, Gen.Int[0, 3000], Gen.Int[0, 400].Nullable(), Gen.Bool);
        text.Array[0, 6].Sample(rows =>
        {
            var actions = rows.Select((r, i) => new InspectionAction
            {
                Id = r.Item1 + i,
                Inspection = "PEEL " + r.Item1,
                Kind = r.Item5 ? ActionKind.AreaForImprovement : ActionKind.Recommendation,
                Scope = r.Item5 ? ActionScope.ForceSpecific : ActionScope.National,
                Owner = string.IsNullOrWhiteSpace(r.Item2) ? null : r.Item2.Trim(),
                Text = string.IsNullOrWhiteSpace(r.Item2) ? null : "=" + r.Item2.Trim(),
                Raised = new LocalDate(2020, 1, 1).PlusDays(r.Item3),
                Closed = r.Item4 is { } d ? new LocalDate(2020, 1, 1).PlusDays(r.Item3 + d) : null,
            }).ToArray();
            var read = InspectionActionCsv.Read(new StringReader(InspectionActionCsv.Write(new InspectionActionRegister(actions))), "w.csv");
            Assert.Empty(read.Findings);
            Assert.Equal(actions, read.Value!.Actions.Select(a => a with { Location = null }));
        });
    }
}
