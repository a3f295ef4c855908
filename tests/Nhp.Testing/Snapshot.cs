using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit;

namespace Nhp.Testing;

/// <summary>
/// Snapshot assertions that follow Verify's file conventions, so that a later switch to Verify is a rename.
/// </summary>
/// <remarks>
/// <para>
/// The expected text lives beside the test source file as
/// <c>{TestClass}.{TestMethod}[_{parameters}].verified.{ext}</c>. The test's source folder comes from
/// <see cref="CallerFilePathAttribute"/> (test projects are built with real source paths); the class and method
/// names come from the running xunit test.
/// </para>
/// <para>
/// On a mismatch or a missing <c>.verified</c> file the actual text is written to
/// <c>{TestClass}.{TestMethod}[_{parameters}].received.{ext}</c> (ignored by git) and the test fails with a
/// line diff that names the file. Accepting new output is deliberate: set the environment variable
/// <c>NHP_ACCEPT_SNAPSHOTS=1</c> and run the tests again, then review the changed <c>.verified</c> files like code.
/// When <c>CI=true</c> nothing is ever accepted.
/// </para>
/// <para>
/// Snapshot files are UTF-8 without a byte order mark and use <c>\n</c> line endings; line endings are normalised
/// before comparison, so a test that cares about <c>\r\n</c> (an iCalendar file, say) asserts that separately.
/// </para>
/// </remarks>
public static class Snapshot
{
    /// <summary>The environment variable that, set to <c>1</c> or <c>true</c>, accepts received output.</summary>
    public const string AcceptVariable = "NHP_ACCEPT_SNAPSHOTS";

    /// <summary>
    /// Asserts that <paramref name="actual"/> equals the verified snapshot for the running test.
    /// </summary>
    /// <param name="actual">The text produced by the code under test.</param>
    /// <param name="extension">
    /// The snapshot file's extension without a dot (<c>md</c>, <c>html</c>, <c>svg</c>, <c>csv</c>, <c>json</c>,
    /// <c>txt</c>, <c>ics</c>); when null it is chosen from the content by <see cref="SnapshotFile.DetectExtension"/>.
    /// </param>
    /// <param name="parameters">
    /// Values that tell the cases of a theory apart; they are appended to the file name as <c>_{value}</c>.
    /// </param>
    /// <param name="sourceFile">Supplied by the compiler: the test's source file.</param>
    /// <exception cref="SnapshotMismatchException">The snapshot is missing or differs.</exception>
    public static void Verify(
        string actual,
        string? extension = null,
        IReadOnlyList<object?>? parameters = null,
        [CallerFilePath] string sourceFile = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        var context = TestContext.Current;
        var className = context.TestClass?.TestClassSimpleName
            ?? throw new InvalidOperationException("Snapshot.Verify must be called from a running xunit test.");
        var methodName = context.TestMethod?.MethodName
            ?? throw new InvalidOperationException("Snapshot.Verify must be called from a running xunit test.");
        var directory = Path.GetDirectoryName(sourceFile);
        if (string.IsNullOrEmpty(directory) || !Directory.Exists(directory))
        {
            throw new InvalidOperationException(
                $"The test source folder '{directory}' does not exist. Snapshot tests must run from a build that keeps real source paths (no path mapping).");
        }

        var file = new SnapshotFile(
            directory,
            SnapshotFile.BaseName(className, methodName, parameters),
            extension ?? SnapshotFile.DetectExtension(actual));
        file.Check(actual, AcceptRequested());
    }

    /// <summary>
    /// Whether this run may accept received output: <see cref="AcceptVariable"/> is set and <c>CI</c> is not <c>true</c>.
    /// </summary>
    public static bool AcceptRequested()
    {
        var accept = Environment.GetEnvironmentVariable(AcceptVariable);
        var ci = Environment.GetEnvironmentVariable("CI");
        return IsTrue(accept) && !IsTrue(ci);
    }

    private static bool IsTrue(string? value) =>
        value is not null
        && (value == "1" || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase));

    internal static string FormatParameter(object? value) => value switch
    {
        null => "null",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    internal static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
