namespace Nhp.Reporting.Tests;

public sealed class ReportFormatsTest
{
    [Theory]
    [InlineData("md", ReportFormat.Markdown)]
    [InlineData("Markdown", ReportFormat.Markdown)]
    [InlineData("HTML", ReportFormat.Html)]
    [InlineData("csv", ReportFormat.Csv)]
    [InlineData("txt", ReportFormat.Text)]
    [InlineData("Text", ReportFormat.Text)]
    [InlineData("ics", ReportFormat.ICalendar)]
    [InlineData("docx", ReportFormat.Word)]
    [InlineData("Word", ReportFormat.Word)]
    public void Format_names_and_extensions_are_read_in_any_case(string name, ReportFormat expected)
    {
        Assert.True(ReportFormats.TryParse(name, out var format));
        Assert.Equal(expected, format);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("svg")]
    [InlineData("json")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_format_names_are_not_read(string? name) => Assert.False(ReportFormats.TryParse(name, out _));

    [Fact]
    public void Every_format_has_an_extension_that_reads_back_as_the_format()
    {
        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            Assert.True(ReportFormats.TryParse(format.FileExtension(), out var read));
            Assert.Equal(format, read);
            Assert.Contains(format.FileExtension(), ReportFormats.AcceptedNames);
        }
    }
}
