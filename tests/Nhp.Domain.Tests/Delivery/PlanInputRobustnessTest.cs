using Nhp.Datasets.CityOfLondon;
using CsCheck;
using Nhp.Delivery;

namespace Nhp.Domain.Tests.Delivery;

/// <summary>Whatever the input, the importers give a result or an <see cref="NhpInputException"/>: never another exception.</summary>
public sealed class PlanInputRobustnessTest
{
    private static readonly Gen<string> Cells = Gen.OneOf(
        Gen.OneOf("1.1", "1.10", "0.4", "3.3", "", " ", "GREEN", "AMBER", "BLUE", "Ongoing", "31/02/2024", "End 2024",
            "DELI", "VERABLE", "SUMMARY POSITION (JANUARY 2024)", "SUMMARY POSITION (JANVIER 2024)", "OBJE", "ECTIVE TWO: PROTECT THE VUL", "OBJECTIVE 9:",
            "We will", "done.", "lower case start. Then more", "<ul> <li>item</li>", "<li>", "# Title", "\"", ",", "'", "=1+1"),
        Gen.Char["ab .,<>/\"1"].Array[0, 8].Select(c => new string(c)));

    private static readonly Gen<string> Lines = Cells.Array[0, 7].Select(cells => string.Join("\t", cells));

    private static readonly Gen<string> Texts = Lines.Array[0, 12].Select(lines => string.Join("\n", lines));

    private static void NeverCrashes(Action read)
    {
        try
        {
            read();
        }
        catch (NhpInputException)
        {
        }
    }

    [Fact]
    public void Any_text_export_imports_or_is_refused_with_an_input_error() =>
        Texts.Sample(text => NeverCrashes(() =>
        {
            var import = PlanText.Read(new StringReader(text), "plan.txt", new PlanImportOptions { KnownObjectives = CityOfLondonDataset.StrategyObjectives2023 });
            PlanRules.Check(import.Value!, d => d.Location);
            // Every row whose first cell is a code is imported; a code the importer reads through damage (l.1, "1.1 text") adds to them.
            Assert.True(import.Value!.Deliverables.Count() >= text.Split('\n').Count(l => DeliverableCode.TryParse(l.Split('\t')[0], out _)));
        }));

    [Fact]
    public void Any_CSV_imports_or_is_refused_with_an_input_error() =>
        Texts.Select(t => "code,objective,commitment,summary (January 2024),rag,target\n" + t.Replace('\t', ',')).Sample(text => NeverCrashes(() =>
        {
            var import = PlanCsv.Read(new StringReader(text), "plan.csv");
            PlanRules.Check(import.Value!, d => d.Location);
        }));

    [Fact]
    public void Any_JSON_reads_or_is_refused_with_an_input_error() =>
        Gen.OneOf(
                Texts,
                Gen.OneOf("{", "null", "[]", "{\"schemaVersion\":1}", "{\"schemaVersion\":1,\"plan\":null}", "{\"schemaVersion\":1,\"plan\":{\"objectives\":null}}",
                    "{\"schemaVersion\":1,\"plan\":{\"objectives\":[null]}}", "{\"schemaVersion\":1,\"plan\":{\"objectives\":[{\"number\":1,\"title\":\"t\",\"deliverables\":[{\"code\":\"1.1\",\"commitment\":\"c\",\"updates\":[{\"asOf\":\"2024-13\"}]}]}]}}",
                    "{\"schemaVersion\":1,\"plan\":{\"objectives\":[{\"number\":1,\"title\":\"t\",\"deliverables\":[null]}]}}"))
            .Sample(text => NeverCrashes(() => PlanRules.Check(PlanJson.Read(new StringReader(text), "plan.json").GetValueOrThrow())));
}
