using Nhp.Integrity;

namespace Nhp.Domain.Tests.Integrity;

public sealed class FlagAuditTest
{
    [Fact]
    public void The_overall_rates_are_the_share_of_required_flags_applied_and_the_share_of_applied_flags_that_were_wrong()
    {
        // The seed's Q3 totals: 23 required and added, 4 wrongly added, 16 missed.
        // Required = 23 + 16 = 39, so 23/39 applied; applied = 23 + 4 = 27, so 4/27 wrong.
        var totals = new FlagAudit("Q3", [new FlagAuditRow(CrimeFlag.Named("Alcohol"), 6, 4, 4), new FlagAuditRow(CrimeFlag.Named("Business"), 17, 0, 12)]).Totals;

        Assert.Equal(new Proportion(23, 39), totals.AppliedWhenRequired);
        Assert.Equal(new Proportion(4, 27), totals.WronglyApplied);
    }

    [Fact]
    public void A_flag_with_no_cases_has_no_rates_rather_than_a_division_by_zero()
    {
        var row = new FlagAuditRow(CrimeFlag.Named("Metal"), 0, 0, 0);

        Assert.Null(row.AppliedWhenRequired);
        Assert.Null(row.WronglyApplied);
    }

    [Fact]
    public void Home_Office_flags_are_found_by_name_in_any_case_and_others_are_custom()
    {
        Assert.True(CrimeFlag.Named("hba").IsHomeOffice);
        Assert.Equal("HBA", CrimeFlag.Named("hba").Name);
        Assert.False(CrimeFlag.Named("Fraud").IsHomeOffice);
        Assert.Equal(10, CrimeFlag.HomeOffice.Count);
    }
}
