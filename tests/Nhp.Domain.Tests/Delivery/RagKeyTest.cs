using Nhp.Delivery;

namespace Nhp.Domain.Tests.Delivery;

public sealed class RagKeyTest
{
    [Theory]
    [InlineData("GREEN", RagStatus.Green)]
    [InlineData("Amber", RagStatus.Amber)]
    [InlineData(" red ", RagStatus.Red)]
    [InlineData("", RagStatus.NotRated)]
    [InlineData("NOT RATED", RagStatus.NotRated)]
    public void When_the_word_is_in_the_key_then_it_is_read(string text, RagStatus expected)
    {
        Assert.True(RagKey.TryParse(text, out var status));
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("BLUE")]
    [InlineData("AMBER/GREEN")]
    [InlineData("G")]
    public void When_the_word_is_not_in_the_key_then_it_is_not_a_status(string text)
    {
        Assert.False(RagKey.TryParse(text, out _));
    }

    [Fact]
    public void When_the_RAG_is_BLUE_then_Parse_names_the_subject_the_location_and_the_accepted_words()
    {
        var error = Assert.Throws<NhpInputException>(() => RagKey.Parse("BLUE", new Nhp.Findings.SourceLocation("plan.csv", 4), "3.3"));
        Assert.Equal("plan.csv:4: rag: The RAG status of 3.3 'BLUE' is not one of the plan's key. Accepted forms: GREEN, AMBER, RED, NOT RATED (or an empty cell).", error.Message);
    }

    [Fact]
    public void The_key_has_the_meanings_printed_on_the_plan()
    {
        Assert.Equal("Complete/established", RagKey.Meaning(RagStatus.Green));
        Assert.Equal("In progress", RagKey.Meaning(RagStatus.Amber));
        Assert.Equal("Deadline missed or will not be achieved", RagKey.Meaning(RagStatus.Red));
    }

    [Fact]
    public void Every_status_word_reads_back_as_the_same_status()
    {
        foreach (var status in Enum.GetValues<RagStatus>())
        {
            Assert.Equal(status, RagKey.Parse(RagKey.Word(status)));
        }

        Assert.Equal(Enum.GetValues<RagStatus>().Length, RagKey.Statuses.Count);
    }
}
