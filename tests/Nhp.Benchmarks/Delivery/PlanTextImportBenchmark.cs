using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Nhp.Delivery;

namespace Nhp.Benchmarks.Delivery;

/// <summary>
/// Importing a plan text export of 1,000, 10,000 and 100,000 rows: a header, deliverable rows, and as many
/// continuation rows (a row broken across a page, the case that was quadratic). Time per row should be flat.
/// </summary>
[MemoryDiagnoser]
public class PlanTextImportBenchmark
{
    private string text = string.Empty;

    /// <summary>Rows in the export.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Rows { get; set; }

    /// <summary>Whether every continuation row continues one deliverable (one cell growing) instead of its own.</summary>
    [Params(false, true)]
    public bool OneLongDeliverable { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = new StringBuilder("DELI\tVERABLE\tSUMMARY POSITION (JANUARY 2024)\tPROGRESS\tDATE\n");
        for (var i = 0; i < Rows; i++)
        {
            if (i % 2 == 0 && (!OneLongDeliverable || i == 0))
            {
                var code = string.Create(CultureInfo.InvariantCulture, $"{1 + (i / 2 / 999)}.{1 + (i / 2 % 999)}");
                builder.Append(code).Append("\tWe will work with partners to target locations requiring engagement and\tThe team attend forums where information is shared about\t\t\n");
            }
            else if (OneLongDeliverable)
            {
                builder.Append("\tand more of the same sentence, continued on the next page\tand the summary continued as well\t\t\n");
            }
            else
            {
                builder.Append("\tearly intervention, prevention, or enforcement.\tvictims, witnesses, perpetrators and locations.\tGREEN\t31/03/2024\n");
            }
        }

        text = builder.ToString();
    }

    [Benchmark]
    public int Import() => PlanText.Read(new StringReader(text), "plan.txt").Findings.Count;
}
