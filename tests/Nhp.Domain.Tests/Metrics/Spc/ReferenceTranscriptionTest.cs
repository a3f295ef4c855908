using CsCheck;
using Nhp.Metrics.Spc;

namespace Nhp.Domain.Tests.Metrics.Spc;

/// <summary>
/// Random series checked against a line-by-line transcription of the R packages' vector code (padding and windows as
/// in NHSRplotthedots R/ptd_calculate_point_type.R, and rle-based runs as in qicharts2 R/helper.functions.R), written
/// independently of the library's loops. Integer values make points on the mean and ties common; random walks make trends and shifts common.
/// </summary>
public class ReferenceTranscriptionTest
{
    // Small integers (ties, points on the mean) or a drifting random walk (trends, shifts, points outside the limits).
    private static readonly Gen<double[]> Series = Gen.OneOf(
        Gen.Int[0, 6].Select(v => (double)v).Array[2, 40],
        Gen.Int[-2, 3].Array[2, 40].Select(steps =>
        {
            var walk = new double[steps.Length];
            for (var i = 1; i < steps.Length; i++)
            {
                walk[i] = walk[i - 1] + steps[i];
            }

            return walk;
        }));

    [Fact]
    public void Nhs_point_types_agree_with_the_transcribed_R_code() =>
        Series.Sample(y =>
        {
            var result = SpcAnalysis.Analyse(y, new SpcOptions(SpcMethod.Nhs, true, ImprovementDirection.Increase));
            if (!result.HasEnoughData)
            {
                return y.Distinct().Count() == 1;
            }

            var expected = RPointTypes(y);
            return result.Points.Select(p => SpcSignalIds.PointTypeId(p.PointType!.Value)).SequenceEqual(expected);
        });

    [Fact]
    public void Anhoej_runs_agree_with_the_transcribed_R_code() =>
        Series.Sample(y =>
        {
            var result = SpcAnalysis.Analyse(y, new SpcOptions(SpcMethod.Anhoej));
            if (!result.HasEnoughData)
            {
                return true;
            }

            var mean = y.Average();
            var runs = y.Select(v => Math.Sign(v - mean)).Where(s => s != 0).ToArray();
            var lengths = new List<int>();
            foreach (var s in runs)
            {
                if (lengths.Count > 0 && runs[lengths.Sum() - 1] == s)
                {
                    lengths[^1]++;
                }
                else
                {
                    lengths.Add(1);
                }
            }

            var r = result.Runs!;
            return r.UsefulPoints == runs.Length && r.LongestRun == lengths.Max() && r.Crossings == Math.Max(lengths.Count - 1, 0)
                && r.LongestRunLimit == (int)Math.Round(Math.Log2(runs.Length)) + 3
                && r.Signal == (r.LongestRun > r.LongestRunLimit || r.Crossings < r.CrossingsMinimum);
        });

    // ptd_spc_standard + ptd_special_cause_type + ptd_point_type with improvement_direction = 1.
    private static string[] RPointTypes(double[] y)
    {
        var n = y.Length;
        var mean = y.Average();
        var mr = Enumerable.Range(1, n - 1).Select(i => Math.Abs(y[i] - y[i - 1])).ToArray();
        var amr = mr.Average();
        var kept = mr.Where(m => m < 3.267 * amr).ToArray();
        amr = kept.Average();
        var lpl = mean - (2.66 * amr);
        var upl = mean + (2.66 * amr);
        var nlpl = mean - (2 * (2.66 / 3) * amr);
        var nupl = mean + (2 * (2.66 / 3) * amr);
        var outside = y.Select(v => v > upl || v < lpl).ToArray();
        var rtm = y.Select(v => Math.Sign(v - mean)).ToArray();
        var close = y.Select((v, i) => !outside[i] && (v < nlpl || v > nupl) ? 1 : 0).ToArray();

        // ptd_seven_point_one_side_mean: pad with six zeros at the start.
        var vp = new int[6].Concat(rtm).ToArray();
        var sevenSide = Enumerable.Range(0, n).Select(i => vp[i + 6] != 0 && Enumerable.Range(1, 6).All(k => vp[i + 6 - k] == vp[i + 6]) ? 1 : 0).ToArray();

        // ptd_seven_point_trend: sign(diff(y[i - 0:6])) * -1 all 1 or all -1.
        var trend = new int[n];
        for (var i = 6; i < n; i++)
        {
            var d = Enumerable.Range(0, 6).Select(k => -Math.Sign(y[i - k - 1] - y[i - k])).ToArray();
            trend[i] = d.All(x => x == 1) ? 1 : d.All(x => x == -1) ? -1 : 0;
        }

        // ptd_part_of_seven_trend: any of v[i + 0:6] nonzero, padded with six zeros at the end.
        static int[] PartOf(int[] v) =>
            Enumerable.Range(0, v.Length).Select(i => Enumerable.Range(0, 7).Any(k => i + k < v.Length && v[i + k] != 0) ? 1 : 0).ToArray();

        // ptd_two_in_three: pad two zeros each end.
        var cp = new[] { 0, 0 }.Concat(close).Concat([0, 0]).ToArray();
        var rp = new[] { 0, 0 }.Concat(rtm).Concat([0, 0]).ToArray();
        bool Window(int start) => cp.Skip(start).Take(3).Sum() >= 2 && Math.Abs(rp.Skip(start).Take(3).Sum()) == 3;
        var twoInThree = Enumerable.Range(0, n).Select(i => Window(i) || Window(i + 1) || Window(i + 2) ? 1 : 0).ToArray();
        var partTwo = twoInThree.Select((v, i) => v == 1 && close[i] == 1 ? 1 : 0).ToArray();
        var partTrend = PartOf(trend);
        var partSide = PartOf(sevenSide);

        // sdy: if part of a trend and the next is too, use the right-hand difference, else the left-hand one.
        var types = new string[n];
        for (var i = 0; i < n; i++)
        {
            var right = i + 1 < n ? Math.Sign(y[i + 1] - y[i]) : (n > 1 ? Math.Sign(y[n - 1] - y[n - 2]) : 0);
            var left = i > 0 ? Math.Sign(y[i] - y[i - 1]) : 0;
            var sdy = (i + 1 < n && partTrend[i + 1] == 1 && partTrend[i] == 1) ? right : left;
            int v;
            if (outside[i])
            {
                v = rtm[i] == 1 ? 1 : -1;
            }
            else if (partTrend[i] != 0)
            {
                v = sdy == 1 ? 1 : -1;
            }
            else if (partTwo[i] != 0 || partSide[i] != 0)
            {
                v = rtm[i] > 0 ? 1 : -1;
            }
            else
            {
                v = 0;
            }

            types[i] = v > 0 ? "special_cause_improvement" : v < 0 ? "special_cause_concern" : "common_cause";
        }

        return types;
    }
}
