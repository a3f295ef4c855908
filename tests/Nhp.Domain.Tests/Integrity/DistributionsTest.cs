using Nhp.Integrity;

namespace Nhp.Domain.Tests.Integrity;

public sealed class DistributionsTest
{
    // Standard normal quantiles as printed in statistical tables (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.1)
    // and by R's qnorm(): qnorm(0.975) = 1.959963984540054, qnorm(0.995) = 2.575829303548901, qnorm(0.95) = 1.644853626951472.
    [Theory]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.995, 2.575829303548901)]
    [InlineData(0.95, 1.644853626951472)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.025, -1.959963984540054)]
    [InlineData(1e-7, -5.199337582192817)] // far tail: 25-digit mpmath, sqrt(2)·erfinv(2·1e-7 − 1)
    public void The_normal_quantile_matches_published_tables(double p, double expected) =>
        Assert.Equal(expected, Distributions.NormalQuantile(p), 1e-12);

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void The_normal_quantile_refuses_a_probability_outside_the_open_unit_interval(double p) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Distributions.NormalQuantile(p));

    [Theory]
    [InlineData(-3.0)]
    [InlineData(-1.0)]
    [InlineData(0.3)]
    [InlineData(2.7)]
    public void The_normal_distribution_function_and_its_quantile_are_inverse(double z) =>
        Assert.Equal(z, Distributions.NormalQuantile(Distributions.NormalCdf(z)), 1e-10);

    [Fact]
    public void The_normal_distribution_function_matches_tabulated_values()
    {
        // Φ(1) = 0.8413447460685429, Φ(−3) = 0.0013498980316301 (any normal table; R pnorm()).
        Assert.Equal(0.8413447460685429, Distributions.NormalCdf(1.0), 1e-14);
        Assert.Equal(0.0013498980316301, Distributions.NormalCdf(-3.0), 1e-15);
    }

    [Theory]
    [InlineData(3.0, 0.2)]
    [InlineData(0.5, 0.9)]
    [InlineData(17.0, 0.41)]
    public void The_incomplete_beta_with_a_equal_to_1_has_the_closed_form_1_minus_1_minus_x_to_the_b(double b, double x) =>
        Assert.Equal(1.0 - Math.Pow(1.0 - x, b), Distributions.RegularizedIncompleteBeta(1.0, b, x), 1e-13);

    [Theory]
    [InlineData(2.0)]
    [InlineData(40.5)]
    [InlineData(160.0)]
    public void The_incomplete_beta_of_a_symmetric_distribution_is_one_half_at_the_middle(double a) =>
        Assert.Equal(0.5, Distributions.RegularizedIncompleteBeta(a, a, 0.5), 1e-13);

    [Fact]
    public void The_incomplete_beta_equals_a_binomial_tail_written_out_by_hand()
    {
        // P(X >= 2) for X ~ Binomial(4, 0.3) = I_0.3(2, 3):
        // 6·0.09·0.49 + 4·0.027·0.7 + 0.0081 = 0.2646 + 0.0756 + 0.0081 = 0.3483.
        Assert.Equal(0.3483, Distributions.RegularizedIncompleteBeta(2.0, 3.0, 0.3), 1e-13);
    }

    [Theory]
    [InlineData(3.0, 8.0, 0.025)]
    [InlineData(161.0, 17.0, 0.975)]
    [InlineData(0.5, 0.5, 0.3)]
    public void The_inverse_incomplete_beta_inverts_it(double a, double b, double p) =>
        Assert.Equal(p, Distributions.RegularizedIncompleteBeta(a, b, Distributions.InverseRegularizedIncompleteBeta(a, b, p)), 1e-12);

    [Fact]
    public void Log_gamma_of_whole_numbers_is_the_log_of_a_factorial() =>
        Assert.Equal(Math.Log(3628800.0), Distributions.LogGamma(11.0), 1e-12);
}
