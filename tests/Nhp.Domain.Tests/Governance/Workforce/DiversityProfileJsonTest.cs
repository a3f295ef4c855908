using System.Text;
using CsCheck;
using Nhp.Delivery;
using Nhp.Governance;
using Nhp.Governance.Workforce;
using NodaTime;

namespace Nhp.Domain.Tests.Governance.Workforce;

public sealed class DiversityProfileJsonTest
{
    private static readonly Gen<string> Text = Gen.String[Gen.Char["a-zA-Z0-9 ,.'%&<>\"/:\u00e9\u2013"], 1, 30];

    private static readonly Gen<ProfileCategory> Category =
        Gen.Select(Text, Gen.Int[0, 10000].Select(n => n / 100m).Nullable(), Gen.Int[0, 5000].Nullable(), Gen.Bool.Nullable(), Text.Null())
            .Select((label, share, count, notStated, text) => new ProfileCategory { Label = label, Share = share, Count = count, NotStated = notStated, Text = text });

    private static readonly Gen<ProfileCharacteristic> Characteristic =
        Gen.Select(Text, Category.Array[0, 5]).Select((name, categories) => new ProfileCharacteristic { Name = name, Categories = categories });

    private static readonly Gen<DiversityProfile> Profile =
        Gen.Select(Text, Text.Null(), Gen.Date[new DateTime(2000, 1, 1), new DateTime(2030, 12, 31)].Select(LocalDate.FromDateTime).Nullable(), Gen.Int[0, 20].Select(n => n == 0 ? (DeliverableCode?)null : new DeliverableCode(4, n)), Characteristic.Array[0, 5])
            .Select((title, source, asOf, code, characteristics) => new DiversityProfile { Title = title, Source = source, AsOf = asOf, Deliverable = code, Characteristics = characteristics });

    [Fact]
    public void Whatever_is_written_reads_back_the_same() =>
        Profile.Sample(profile =>
        {
            var json = DiversityProfileJson.Write(profile);
            var back = DiversityProfileJson.Read(new StringReader(json), "profile.json");
            Assert.Empty(back.Findings);
            Assert.Equal((profile.Title, profile.Source, profile.AsOf, profile.Deliverable), (back.Value!.Title, back.Value.Source, back.Value.AsOf, back.Value.Deliverable));
            Assert.Equal(profile.Characteristics.SelectMany(c => c.Categories), back.Value.Characteristics.SelectMany(c => c.Categories));
            Assert.Equal(json, DiversityProfileJson.Write(back.Value));
        }, iter: 200);

    [Fact]
    public void Any_input_gives_a_result_or_a_located_input_error() =>
        Gen.String.Sample(text =>
        {
            try
            {
                _ = DiversityProfileJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "profile.json").Findings.Count;
            }
            catch (NhpInputException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Reason));
            }
        }, iter: 500);

    [Fact]
    public void A_characteristic_that_cannot_be_read_is_left_out_with_its_line()
    {
        const string json = """
            {
              "format": "nhp-diversity-profile",
              "version": 1,
              "title": "Staff",
              "characteristics": [
                { "name": "Sex", "categories": [ { "label": "Female", "share": 30 }, { "label": "Male", "share": 70 } ] },
                { "name": "Age", "categories": [ { "label": "Under 26", "share": "11%" } ] }
              ]
            }
            """;
        var import = DiversityProfileJson.Read(new StringReader(json), "profile.json");

        Assert.Equal(["Sex"], import.Value!.Characteristics.Select(c => c.Name));
        var finding = Assert.Single(import.Findings);
        Assert.Equal((GovernanceImportRules.WorkforceItemInvalid, 7), (finding.RuleId, finding.Location!.Line));
    }
}
