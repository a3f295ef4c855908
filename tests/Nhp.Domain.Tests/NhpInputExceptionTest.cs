using Nhp.Findings;

namespace Nhp.Domain.Tests;

public sealed class NhpInputExceptionTest
{
    [Fact]
    public void The_message_says_where_which_field_what_and_which_forms_are_accepted()
    {
        var error = new NhpInputException("'31/02/2024' is not a date.", new SourceLocation("plan.csv", 4), "target", ["26/01/2024", "March 2024", "TBC"]);

        Assert.Equal("plan.csv:4: target: '31/02/2024' is not a date. Accepted forms: 26/01/2024, March 2024, TBC.", error.Message);
        Assert.Equal("'31/02/2024' is not a date.", error.Reason);
        Assert.Equal(4, error.Location?.Line);
        Assert.Equal("target", error.Field);
        Assert.Equal(3, error.AcceptedForms.Count);
    }

    [Fact]
    public void Without_location_the_message_is_the_reason() =>
        Assert.Equal("The file is empty.", new NhpInputException("The file is empty.").Message);
}
