using Nhp.Metrics.Spc;

namespace Nhp.Domain.Tests.Metrics.Spc;

/// <summary>
/// The crossings minimum beyond a thousand trials comes from floating point with an exact fallback; it must be the
/// exact integer answer (20·Σ C(m, i) ≥ 2^m, summed with BigInteger here) for every m checked.
/// </summary>
public class CrossingsMinimumTest
{
    [Fact]
    public void Every_trial_count_up_to_3000_gives_the_exact_quantile()
    {
        var expected = ExactQuantiles(3000);
        for (var m = 0; m <= 3000; m++)
        {
            Assert.Equal(expected[m], SpcAnalysis.CrossingsMinimum(m));
        }
    }

    [Theory]
    [InlineData(1025)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(9999)]
    [InlineData(20_000)]
    public void The_floating_point_path_gives_the_exact_quantile(int m) =>
        Assert.Equal(LegacySpcAnalysis.CrossingsMinimum(m), SpcAnalysis.CrossingsMinimum(m));

    [Fact]
    public void A_large_count_is_near_the_normal_approximation()
    {
        // m = 319,999: mean m/2, sd sqrt(m)/2, 5% quantile about m/2 - 1.645 * sd = 159,534.2.
        var k = SpcAnalysis.CrossingsMinimum(319_999);
        Assert.InRange(k, 159_530, 159_538);
    }

    [Fact]
    public void Published_values_of_the_crossings_minimum_hold()
    {
        // Anhøj & Olesen (2014), table of minimum crossings: 10 points -> 2, 20 -> 6, 24 -> 8, 30 -> 10 (m = n - 1).
        Assert.Equal(2, SpcAnalysis.CrossingsMinimum(9));
        Assert.Equal(6, SpcAnalysis.CrossingsMinimum(19));
        Assert.Equal(8, SpcAnalysis.CrossingsMinimum(23));
        Assert.Equal(10, SpcAnalysis.CrossingsMinimum(29));
    }

    // Row by row through Pascal's triangle would be slow; instead the cumulative sums of each row, one row at a time,
    // from the row before: C(m, i) = C(m-1, i-1) + C(m-1, i).
    private static int[] ExactQuantiles(int max)
    {
        var result = new int[max + 1];
        var row = new System.Numerics.BigInteger[max + 2];
        row[0] = 1;
        for (var m = 0; m <= max; m++)
        {
            if (m > 0)
            {
                for (var i = m; i > 0; i--)
                {
                    row[i] += row[i - 1];
                }
            }

            var total = System.Numerics.BigInteger.One << m;
            var sum = System.Numerics.BigInteger.Zero;
            for (var k = 0; k <= m; k++)
            {
                sum += row[k];
                if (sum * 20 >= total)
                {
                    result[m] = k;
                    break;
                }
            }
        }

        return result;
    }
}
