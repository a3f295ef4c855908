using System.Text;

namespace Nhp.Cli.Tests;

public sealed class OutputFilesTest : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("nhp-output-test-").FullName;

    private CliContext Context => new(new StringReader(string.Empty), new StringWriter(), new StringWriter(), directory);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void A_file_is_written_whole_and_no_temporary_file_is_left()
    {
        OutputFiles.WriteText(Context, "sub/out.txt", "hello", []);

        Assert.Equal("hello", File.ReadAllText(Path.Combine(directory, "sub", "out.txt")));
        Assert.Equal(["out.txt"], Directory.GetFiles(Path.Combine(directory, "sub")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failure_while_writing_leaves_the_existing_file_unchanged_and_no_temporary_file()
    {
        var path = Path.Combine(directory, "out.txt");
        File.WriteAllText(path, "old content");

        Assert.Throws<IOException>(() => OutputFiles.Write(Context, "out.txt", stream =>
        {
            stream.Write(Encoding.UTF8.GetBytes("half"));
            throw new IOException("No space left on device");
        }, []));

        Assert.Equal("old content", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(directory));
    }

    [Theory]
    [InlineData("in.txt")]
    [InlineData("./in.txt")]
    [InlineData("sub/../in.txt")]
    public void An_output_that_is_an_input_is_refused_and_the_input_kept(string output)
    {
        var input = Path.Combine(directory, "in.txt");
        File.WriteAllText(input, "input");
        Directory.CreateDirectory(Path.Combine(directory, "sub"));

        var error = Assert.Throws<UsageException>(() => OutputFiles.WriteText(Context, output, "x", ["in.txt"]));

        Assert.Contains("is also an input", error.Message, StringComparison.Ordinal);
        Assert.Equal("input", File.ReadAllText(input));
    }

    [Fact]
    public void An_output_reaching_an_input_through_a_symbolic_link_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var input = Path.Combine(directory, "in.txt");
        File.WriteAllText(input, "input");
        Directory.CreateSymbolicLink(Path.Combine(directory, "linked"), directory);
        File.CreateSymbolicLink(Path.Combine(directory, "alias.txt"), input);

        Assert.Throws<UsageException>(() => OutputFiles.WriteText(Context, "linked/in.txt", "x", ["in.txt"]));
        Assert.Throws<UsageException>(() => OutputFiles.WriteText(Context, "alias.txt", "x", ["in.txt"]));
        Assert.Equal("input", File.ReadAllText(input));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_path_is_refused(string output)
    {
        Assert.Throws<UsageException>(() => OutputFiles.WriteText(Context, output, "x", []));
        Assert.Throws<UsageException>(() => OutputFiles.WriteFolder(Context, output, [("a.txt", _ => { })], []));
        Assert.Empty(Directory.GetFileSystemEntries(directory));
    }

    [Fact]
    public void A_folder_or_a_device_as_the_output_file_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(directory, "folder"));

        Assert.Throws<UsageException>(() => OutputFiles.WriteText(Context, "folder", "x", []));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Throws<UsageException>(() => OutputFiles.WriteText(Context, "/dev/null", "x", []));
        }
    }

    [Fact]
    public void A_folder_is_written_all_or_none_keeping_old_files_when_one_fails()
    {
        var folder = Path.Combine(directory, "reports");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.md"), "old a");

        Assert.Throws<InvalidOperationException>(() => OutputFiles.WriteFolder(Context, "reports",
        [
            ("a.md", s => s.Write(Encoding.UTF8.GetBytes("new a"))),
            ("b.md", s => s.Write(Encoding.UTF8.GetBytes("new b"))),
            ("c.md", _ => throw new InvalidOperationException("render failed")),
        ], []));

        Assert.Equal(["a.md"], Directory.GetFiles(folder).Select(Path.GetFileName));
        Assert.Equal("old a", File.ReadAllText(Path.Combine(folder, "a.md")));
    }

    [Fact]
    public void A_folder_created_for_a_failed_write_is_removed()
    {
        Assert.Throws<InvalidOperationException>(() => OutputFiles.WriteFolder(Context, "new",
            [("a.md", _ => throw new InvalidOperationException("render failed"))], []));

        Assert.False(Directory.Exists(Path.Combine(directory, "new")));
    }

    [Fact]
    public void A_folder_write_replaces_old_files_and_leaves_no_temporary_files()
    {
        var folder = Path.Combine(directory, "reports");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.md"), "old a");

        var written = OutputFiles.WriteFolder(Context, "reports",
            [("a.md", s => s.Write(Encoding.UTF8.GetBytes("new a"))), ("b.md", s => s.Write(Encoding.UTF8.GetBytes("new b")))], []);

        Assert.Equal([Path.Combine(folder, "a.md"), Path.Combine(folder, "b.md")], written);
        Assert.Equal(["a.md", "b.md"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("new a", File.ReadAllText(Path.Combine(folder, "a.md")));
    }

    [Fact]
    public void A_file_given_as_the_output_folder_is_refused()
    {
        File.WriteAllText(Path.Combine(directory, "file"), "keep");

        Assert.Throws<UsageException>(() => OutputFiles.WriteFolder(Context, "file", [("a.md", _ => { })], []));
        Assert.Equal("keep", File.ReadAllText(Path.Combine(directory, "file")));
    }
}
