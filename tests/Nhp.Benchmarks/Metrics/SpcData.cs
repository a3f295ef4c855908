namespace Nhp.Benchmarks.Metrics;

/// <summary>Deterministic SPC test data: a seeded generator, a level per series, noise, and an occasional shift.</summary>
internal static class SpcData
{
    public static double[][] Series(int count, int points)
    {
        var random = new Random(20240222);
        var series = new double[count][];
        for (var s = 0; s < count; s++)
        {
            var level = 50 + (random.NextDouble() * 400);
            var values = new double[points];
            for (var i = 0; i < points; i++)
            {
                var shift = i > points * 2 / 3 && s % 7 == 0 ? level * 0.2 : 0;
                values[i] = Math.Round(level + shift + ((random.NextDouble() - 0.5) * level * 0.3));
            }

            series[s] = values;
        }

        return series;
    }
}
