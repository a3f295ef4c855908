using Nhp.Integrity;

namespace Nhp.Domain.Tests.Integrity;

public sealed class EqualityFieldCompletenessTest
{
    [Fact]
    public void Completeness_is_measured_from_records_as_the_share_carrying_each_field()
    {
        IReadOnlySet<EqualityField>[] records =
        [
            new HashSet<EqualityField> { EqualityField.Gender, EqualityField.Age, EqualityField.Ethnicity },
            new HashSet<EqualityField> { EqualityField.Gender, EqualityField.Age },
            new HashSet<EqualityField> { EqualityField.Gender },
            new HashSet<EqualityField> { EqualityField.Gender, EqualityField.Religion },
        ];
        KeyValuePair<EqualityField, EqualityRecordingPolicy>[] policies =
        [
            new(EqualityField.Gender, EqualityRecordingPolicy.Always),
            new(EqualityField.Ethnicity, EqualityRecordingPolicy.Always),
            new(EqualityField.Religion, EqualityRecordingPolicy.OnlyWhereRelevant),
            new(EqualityField.Sexuality, EqualityRecordingPolicy.NoField),
        ];

        var measured = EqualityFieldCompleteness.Measure(records, policies);

        Assert.Equal([new Proportion(4, 4), new Proportion(1, 4), new Proportion(1, 4), new Proportion(0, 4)], measured.Select(m => m.Recorded!.Value));
        Assert.Equal(
            [EqualityJudgement.MeetsPolicy, EqualityJudgement.GapAgainstPolicy, EqualityJudgement.RecordedWhereRelevant, EqualityJudgement.NoFieldInSystem],
            measured.Select(m => m.Judge()));
    }

    [Fact]
    public void An_always_recorded_field_is_judged_against_the_expected_share_given()
    {
        var ethnicity = new EqualityFieldCompleteness(EqualityField.Ethnicity, EqualityRecordingPolicy.Always) { StatedPercent = 60m };

        Assert.Equal(EqualityJudgement.GapAgainstPolicy, ethnicity.Judge());
        Assert.Equal(EqualityJudgement.MeetsPolicy, ethnicity.Judge(expectedShare: 0.6));
    }

    [Fact]
    public void With_no_records_nothing_is_measured()
    {
        var measured = EqualityFieldCompleteness.Measure([], [new(EqualityField.Age, EqualityRecordingPolicy.Always)]);

        Assert.Equal(EqualityJudgement.NotMeasured, Assert.Single(measured).Judge());
    }
}
