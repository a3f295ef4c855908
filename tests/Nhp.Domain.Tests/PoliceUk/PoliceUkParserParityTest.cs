using CsCheck;
using Nhp.PoliceUk;
using Nhp.Text;

namespace Nhp.Domain.Tests.PoliceUk;

/// <summary>
/// The byte reader against an independent count through the general CSV reader (<see cref="Csv.Read"/>, the reader
/// the police.uk files went through before): the same counts, rows and findings (rule, line, field) on random files
/// with quotes, doubled quotes, line breaks in quotes, CRLF and lone CR line ends, empty lines, a byte order mark,
/// wrong widths and bad months; and the same error on broken CSV.
/// </summary>
public class PoliceUkParserParityTest
{
    private static readonly Gen<string> Field = Gen.OneOf(
        Gen.Const(string.Empty),
        Gen.OneOf<string>("Burglary", "Robbery", "Violence and sexual offences", "Other theft", "Anti-social behaviour"),
        Gen.OneOf<string>("2023-10", "2023-11", "2023-13", "Oct 2023", "2023-1", " 2023-10"),
        Gen.OneOf<string>("\"Quoted, with comma\"", "\"Doubled \"\"quote\"\"\"", "\"Line\nbreak\"", "\"Burglary\"", "a\"b", "\"\"", "é", "\"x\r\ny\""));

    private static readonly Gen<string> Row = Gen.OneOf(
        Gen.Select(Field.Array[12], f => string.Join(',', f)),
        Gen.Select(Field.Array[11, 13], f => string.Join(',', f)),
        Gen.Select(Gen.OneOf<string>("Burglary", "Robbery", "\"Vehicle crime\""), Gen.OneOf<string>("2023-10", "2023-11"), (t, m) => $"id,{m},F,F,0,0,L,E,N,{t},O,"),
        Gen.Const(string.Empty));

    private static readonly Gen<string> File = Gen.Select(
        Row.Array[0, 30],
        Gen.OneOf<string>("\n", "\r\n", "\r"),
        Gen.Bool,
        Gen.Bool,
        (rows, end, bom, finalEnd) => (bom ? "\uFEFF" : string.Empty)
            + "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context"
            + end + string.Join(end, rows) + (finalEnd ? end : string.Empty));

    [Fact]
    public void The_byte_reader_counts_and_reports_as_the_general_csv_reader_does() =>
        File.Sample(text =>
        {
            var expected = Reference(text);
            string actual;
            try
            {
                var import = PoliceUkCrimeReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "2023-10-street.csv");
                var counts = import.GetValueOrThrow();
                actual = Describe(counts.Rows, counts.AllSeries().Where(c => c.Count > 0).Select(c => $"{c.Month:yyyy-MM}|{c.CrimeType}|{c.Count}"), import.Findings.Select(f => $"{f.Location!.Line}|{f.Field}|{f.Message}"));
            }
            catch (NhpInputException e)
            {
                actual = "error: " + e.Message;
            }

            Assert.Equal(expected, actual);
        }, iter: 2000);

    [Fact]
    public void A_text_reader_and_a_stream_give_the_same_result()
    {
        var text = System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "policeuk", "2023-10-city-of-london-street.csv"));
        var fromReader = PoliceUkCrimeReader.Read(new StringReader(text), "2023-10.csv").GetValueOrThrow();
        var fromStream = PoliceUkCrimeReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "2023-10.csv").GetValueOrThrow();
        Assert.Equal(fromReader.AllSeries(), fromStream.AllSeries());
    }

    [Fact]
    public void A_utf16_file_is_read_as_its_text()
    {
        var text = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n"
            + "a,2023-10,F,F,0,0,L,E,N,Burglary,O,\n";
        var bytes = System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(text)).ToArray();
        var counts = PoliceUkCrimeReader.Read(new MemoryStream(bytes), "x.csv").GetValueOrThrow();
        Assert.Equal(1, counts.Count(new NodaTime.YearMonth(2023, 10), "Burglary"));
    }

    private static string Describe(int rows, IEnumerable<string> counts, IEnumerable<string> findings) =>
        $"rows {rows}\n" + string.Join("\n", counts.Order(StringComparer.Ordinal)) + "\n--\n" + string.Join("\n", findings);

    // Counting written out again over Csv.Read: header by name, width, month as yyyy-MM, non-empty crime type.
    private static string Reference(string text)
    {
        try
        {
            var counts = new Dictionary<string, int>();
            var findings = new List<string>();
            var rows = 0;
            int width = -1, month = -1, type = -1;
            foreach (var record in Csv.Read(new StringReader(text.TrimStart('\uFEFF')), "2023-10-street.csv"))
            {
                if (width < 0)
                {
                    width = record.Fields.Count;
                    month = record.Fields.ToList().FindIndex(f => f.Trim().Equals("Month", StringComparison.OrdinalIgnoreCase));
                    type = record.Fields.ToList().FindIndex(f => f.Trim().Equals("Crime type", StringComparison.OrdinalIgnoreCase));
                    continue;
                }

                if (record.Fields.Count != width)
                {
                    findings.Add($"{record.Line}||The row has {record.Fields.Count} fields; the header has {width}. The row is not counted.");
                    continue;
                }

                var m = NodaTime.Text.YearMonthPattern.CreateWithInvariantCulture("uuuu'-'MM").Parse(record.Fields[month]);
                if (!m.Success)
                {
                    findings.Add($"{record.Line}|Month|The month '{record.Fields[month]}' is not written yyyy-MM (e.g. 2023-10). The row is not counted.");
                    continue;
                }

                if (record.Fields[type].Length == 0)
                {
                    findings.Add($"{record.Line}|Crime type|The crime type is empty. The row is not counted.");
                    continue;
                }

                var key = $"{m.Value:yyyy-MM}|{record.Fields[type]}";
                counts[key] = counts.GetValueOrDefault(key) + 1;
                rows++;
            }

            return Describe(rows, counts.Select(c => $"{c.Key}|{c.Value}"), findings);
        }
        catch (NhpInputException e)
        {
            return "error: " + e.Message;
        }
    }
}
