#:package Nhp.Reporting@*-*

// Chart a series with statistical process control and write the chart as HTML.
//   dotnet run spc-chart.cs -- [values.csv or 12,14,11,…] [sd2|nhs|anhoej] [spc.html]
// A file holds one value a line (a header line is skipped). With no values, a sample series is charted.

using System.Globalization;
using Nhp.Metrics.Spc;
using Nhp.Reporting.Display;

double[] values = args.Length > 0
    ? (File.Exists(args[0]) ? File.ReadLines(args[0]) : args[0].Split(','))
        .Select(v => double.TryParse(v.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x : double.NaN)
        .Where(x => !double.IsNaN(x))
        .ToArray()
    : [41, 38, 45, 40, 43, 39, 44, 42, 37, 41, 46, 40, 58, 61, 57];
var method = args.Length > 1 && Enum.TryParse<SpcMethod>(args[1], ignoreCase: true, out var m) ? m : SpcMethod.Nhs;
var output = args.Length > 2 ? args[2] : "spc.html";

var spc = SpcAnalysis.Analyse(values, new SpcOptions(method));
if (spc.HasEnoughData)
{
    Console.WriteLine(FormattableString.Invariant($"{values.Length} values, {method}: centre {spc.Centre:0.##}, limits {spc.LowerLimit:0.##} to {spc.UpperLimit:0.##}"));
}
else
{
    Console.WriteLine($"No limits: {spc.NotEnoughDataReason}");
}

foreach (var point in spc.Points.Where(p => p.Signals != SpcSignals.None))
{
    Console.WriteLine(FormattableString.Invariant($"  point {point.Index + 1} ({point.Value}): {SpcSignalIds.Describe(point.Signals)}"));
}

File.WriteAllText(output, spc.ToHtml());
Console.WriteLine($"Chart written to {output}");
