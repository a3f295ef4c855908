using CsCheck;
using Nhp.Governance.References;
using NodaTime;

namespace Nhp.Domain.Tests.Governance.References;

public sealed class ReferenceNumberTest
{
    [Theory]
    [InlineData("7/2023/P", "7/2023/P")]
    [InlineData("10/2023/ P", "10/2023/P")]
    [InlineData(" 3 / 2024 / p ", "3/2024/P")]
    [InlineData("3/2024", "3/2024")]
    public void A_reference_is_read_ignoring_spaces(string text, string expected) =>
        Assert.Equal(expected, ReferenceNumber.Parse(text).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("0/2023/P")]
    [InlineData("7/23/P")]
    [InlineData("7/2023/P1")]
    [InlineData("1/0024/P")]
    [InlineData("1/0999")]
    [InlineData("Item 7")]
    public void Other_text_is_not_a_reference(string text) => Assert.False(ReferenceNumber.TryParse(text, out _));

    [Fact]
    public void Printing_and_reading_a_reference_gives_it_back() =>
        Gen.Select(Gen.Int[1, 9999], Gen.Int[1000, 9999], Gen.String[Gen.Char['A', 'Z'], 0, 3])
            .Sample((n, y, s) => Assert.Equal(new ReferenceNumber(n, y, s), ReferenceNumber.Parse(new ReferenceNumber(n, y, s).ToString())));

    [Fact]
    public void The_seed_statuses_are_understood()
    {
        var asOf = new LocalDate(2024, 2, 22);

        var inProgress = ReferenceStatus.Parse("In Progress-target date set for April/May.", asOf);
        Assert.Equal((ReferenceState.InProgress, "April/May", new LocalDate(2024, 5, 31), true), (inProgress.State, inProgress.TargetText, inProgress.Target, inProgress.TargetYearAssumed));

        var complete = ReferenceStatus.Parse("Complete- This is on the agenda.", asOf);
        Assert.Equal((ReferenceState.Complete, "This is on the agenda.", (LocalDate?)null), (complete.State, complete.Note, complete.Target));

        Assert.Equal(new LocalDate(2025, 1, 31), ReferenceStatus.Parse("In progress: target January", asOf).Target);
        Assert.Equal(new LocalDate(2024, 1, 31), ReferenceStatus.Parse("Ongoing - target January 2024", asOf).Target);
        Assert.Equal(ReferenceState.NotUnderstood, ReferenceStatus.Parse("Awaiting report", asOf).State);
    }
}
