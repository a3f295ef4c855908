namespace Nhp.Cli.Tests.Commands;

public sealed class PanelsRenderCommandTest
{
    [Fact]
    public void The_sample_renders_as_Markdown_by_default_listing_every_meeting()
    {
        using var files = new PanelsTestFiles();
        var (exit, output, _) = files.Run("panels", "render", PanelsTestFiles.Sample);
        Assert.Equal(0, exit);
        Assert.StartsWith("# Cluster panels and community engagement: City of London Police, November 2024\n", output, StringComparison.Ordinal);
        Assert.Contains("| Wed 27 November 2024 | 18:30 | Barbican | Golden Lane Community Centre | Hybrid |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void With_format_html_the_output_is_one_self_contained_page()
    {
        using var files = new PanelsTestFiles();
        var (exit, output, _) = files.Run("panels", "render", PanelsTestFiles.Sample, "--format", "html");
        Assert.Equal(0, exit);
        Assert.StartsWith("<!DOCTYPE html>", output, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void With_format_txt_the_output_is_the_plain_text_report()
    {
        using var files = new PanelsTestFiles();
        var (exit, output, _) = files.Run("panels", "render", PanelsTestFiles.Sample, "--format", "txt");
        Assert.Equal(0, exit);
        Assert.StartsWith("Cluster panels and community engagement: City of London Police, November 2024\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("| ---", output, StringComparison.Ordinal);
        Assert.DoesNotContain("<td", output, StringComparison.Ordinal);
    }

    [Fact]
    public void With_format_ics_the_calendar_keeps_its_CRLF_line_ends_when_written_to_a_file()
    {
        using var files = new PanelsTestFiles();
        var (exit, _, _) = files.Run("panels", "render", PanelsTestFiles.Sample, "--format", "ics", "--out", "panels.ics");
        Assert.Equal(0, exit);
        var bytes = File.ReadAllBytes(Path.Combine(files.Folder, "panels.ics"));
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.Equal(6, text.Split("BEGIN:VEVENT\r\n").Length - 1);
        Assert.NotEqual(0xEF, bytes[0]);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_listing_the_formats()
    {
        using var files = new PanelsTestFiles();
        var (exit, _, error) = files.Run("panels", "render", PanelsTestFiles.Sample, "--format", "csv");
        Assert.Equal(2, exit);
        Assert.Contains("Unknown format 'csv'; use md, html, txt or ics.", error, StringComparison.Ordinal);
    }
}
