using System.Text;

namespace Nhp.Testing.Tests;

public sealed class SnapshotFileTest : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("nhp-snapshot-test-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private SnapshotFile File(string ext = "md") => new(directory, "ReportTest.Renders", ext);

    [Fact]
    public void When_the_output_differs_from_the_verified_file_then_the_check_fails_with_a_diff_naming_the_file()
    {
        var file = File();
        System.IO.File.WriteAllText(file.VerifiedPath, "# Plan\n\n| 3.3 | GREEN |\n| 3.4 | AMBER |\n");

        var error = Assert.Throws<SnapshotMismatchException>(() => file.Check("# Plan\n\n| 3.3 | GREEN |\n| 3.4 | RED |\n", accept: false));

        Assert.Contains(file.VerifiedPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("- | 3.4 | AMBER |", error.Message, StringComparison.Ordinal);
        Assert.Contains("+ | 3.4 | RED |", error.Message, StringComparison.Ordinal);
        Assert.Contains("@@ line 2 @@", error.Message, StringComparison.Ordinal);
        Assert.Equal(file.VerifiedPath, error.VerifiedPath);
    }

    [Fact]
    public void When_the_output_differs_then_it_is_written_to_the_received_file_and_the_verified_file_is_untouched()
    {
        var file = File();
        System.IO.File.WriteAllText(file.VerifiedPath, "old\n");

        Assert.Throws<SnapshotMismatchException>(() => file.Check("new\n", accept: false));

        Assert.Equal("new\n", System.IO.File.ReadAllText(file.ReceivedPath));
        Assert.Equal("old\n", System.IO.File.ReadAllText(file.VerifiedPath));
        Assert.EndsWith("ReportTest.Renders.received.md", file.ReceivedPath, StringComparison.Ordinal);
    }

    [Fact]
    public void When_there_is_no_verified_file_then_the_check_fails_and_says_how_to_accept()
    {
        var file = File("html");

        var error = Assert.Throws<SnapshotMismatchException>(() => file.Check("<!DOCTYPE html>\n", accept: false));

        Assert.Contains("No verified snapshot", error.Message, StringComparison.Ordinal);
        Assert.Contains(Snapshot.AcceptVariable, error.Message, StringComparison.Ordinal);
        Assert.True(System.IO.File.Exists(file.ReceivedPath));
        Assert.False(System.IO.File.Exists(file.VerifiedPath));
    }

    [Fact]
    public void When_the_output_matches_then_the_check_passes_and_a_stale_received_file_is_removed()
    {
        var file = File();
        System.IO.File.WriteAllText(file.VerifiedPath, "same\n");
        System.IO.File.WriteAllText(file.ReceivedPath, "stale\n");

        file.Check("same\n", accept: false);

        Assert.False(System.IO.File.Exists(file.ReceivedPath));
    }

    [Fact]
    public void When_accepting_then_the_verified_file_is_written_as_utf8_without_bom_with_lf_line_endings()
    {
        var file = File();

        file.Check("line one\r\nline £ two\r\n", accept: true);

        var bytes = System.IO.File.ReadAllBytes(file.VerifiedPath);
        Assert.Equal("line one\nline £ two\n", Encoding.UTF8.GetString(bytes));
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.False(System.IO.File.Exists(file.ReceivedPath));
    }

    [Fact]
    public void When_only_line_endings_differ_then_the_check_passes()
    {
        var file = File();
        System.IO.File.WriteAllText(file.VerifiedPath, "a\nb\n");

        file.Check("a\r\nb\r\n", accept: false);
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>", "svg")]
    [InlineData("<?xml version=\"1.0\"?>\n<svg></svg>", "svg")]
    [InlineData("<!DOCTYPE html>\n<html></html>", "html")]
    [InlineData("{\"a\": 1}", "json")]
    [InlineData("[1, 2]", "json")]
    [InlineData("# Delivery plan\n\ntext", "md")]
    [InlineData("| a | b |\n| --- | --- |\n| 1 | 2 |", "md")]
    [InlineData("code,objective,commitment\n1.1,1,We will", "csv")]
    [InlineData("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "ics")]
    [InlineData("plain words", "txt")]
    [InlineData("{not json", "txt")]
    public void The_extension_is_chosen_by_content(string content, string expected) =>
        Assert.Equal(expected, SnapshotFile.DetectExtension(content));

    [Fact]
    public void The_base_name_follows_verify_conventions_with_parameters_appended()
    {
        Assert.Equal("PlanTest.Renders", SnapshotFile.BaseName("PlanTest", "Renders", null));
        Assert.Equal("PlanTest.Renders_html_2.5", SnapshotFile.BaseName("PlanTest", "Renders", ["html", 2.5]));
        Assert.Equal("PlanTest.Renders_a-b-c", SnapshotFile.BaseName("PlanTest", "Renders", ["a/b:c"]));
    }
}
