namespace Nhp.Testing.Tests;

public sealed class SnapshotTest
{
    [Fact]
    public void A_verified_file_beside_the_test_source_is_found_by_class_and_method_name() =>
        Snapshot.Verify("# Snapshot helper\n\nThis text is compared with the file beside this test.\n");

    [Theory]
    [InlineData("md")]
    [InlineData("csv")]
    public void Theory_cases_get_one_file_each(string kind) =>
        Snapshot.Verify(kind == "md" ? "# A heading\n" : "a,b\n1,2\n", parameters: [kind]);

    [Fact]
    public void A_changed_output_fails_through_the_public_entry_point()
    {
        var received = Path.Combine(SourceDirectory(), "SnapshotTest.A_changed_output_fails_through_the_public_entry_point.received.txt");
        try
        {
            var error = Assert.Throws<SnapshotMismatchException>(() => Snapshot.Verify("changed\n", "txt"));
            Assert.Contains("SnapshotTest.A_changed_output_fails_through_the_public_entry_point.verified.txt", error.Message, StringComparison.Ordinal);
            Assert.Contains("- original", error.Message, StringComparison.Ordinal);
            Assert.Contains("+ changed", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(received);
        }
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(path)!;
}
