using System.Text;
using System.Text.Json;

namespace Nhp.Testing;

/// <summary>
/// One snapshot: a folder and a base name, giving the <c>.verified</c> and <c>.received</c> files.
/// </summary>
/// <param name="Directory">The folder that holds the snapshot files.</param>
/// <param name="BaseNameWithoutExtension">The name before <c>.verified</c>, e.g. <c>PlanTest.Renders_csv</c>.</param>
/// <param name="Extension">The extension without a dot.</param>
public sealed record SnapshotFile(string Directory, string BaseNameWithoutExtension, string Extension)
{
    /// <summary>The path of the reviewed, committed expectation.</summary>
    public string VerifiedPath => Path.Combine(Directory, $"{BaseNameWithoutExtension}.verified.{Extension}");

    /// <summary>The path where the actual text is written on a mismatch (ignored by git).</summary>
    public string ReceivedPath => Path.Combine(Directory, $"{BaseNameWithoutExtension}.received.{Extension}");

    /// <summary>
    /// Compares <paramref name="actual"/> with the verified file. On a match any stale received file is deleted.
    /// On a mismatch or a missing verified file, the received file is written and
    /// <see cref="SnapshotMismatchException"/> is thrown, unless <paramref name="accept"/> is true, in which case
    /// the verified file is overwritten instead.
    /// </summary>
    /// <param name="actual">The text produced by the code under test.</param>
    /// <param name="accept">Whether to accept the actual text as the new verified text.</param>
    public void Check(string actual, bool accept)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var normalised = Normalise(actual);
        string? verified = File.Exists(VerifiedPath) ? Normalise(File.ReadAllText(VerifiedPath, Encoding.UTF8)) : null;

        if (verified == normalised)
        {
            if (File.Exists(ReceivedPath))
            {
                File.Delete(ReceivedPath);
            }

            return;
        }

        if (accept)
        {
            File.WriteAllText(VerifiedPath, normalised, Snapshot.Utf8NoBom);
            if (File.Exists(ReceivedPath))
            {
                File.Delete(ReceivedPath);
            }

            return;
        }

        File.WriteAllText(ReceivedPath, normalised, Snapshot.Utf8NoBom);
        var message = new StringBuilder();
        if (verified is null)
        {
            message.Append("No verified snapshot: ").Append(VerifiedPath).Append('\n');
            message.Append("The output was written to ").Append(ReceivedPath).Append('\n');
            message.Append("Review it; if it is right, rename it to .verified or run the tests with ")
                .Append(Snapshot.AcceptVariable).Append("=1.\n");
        }
        else
        {
            message.Append("Snapshot mismatch: ").Append(VerifiedPath).Append('\n');
            message.Append("Received: ").Append(ReceivedPath).Append('\n');
            message.Append("Diff (- verified, + received):\n");
            message.Append(LineDiff.Format(verified, normalised));
            message.Append("If the change is intended, review it and run the tests with ")
                .Append(Snapshot.AcceptVariable).Append("=1.\n");
        }

        throw new SnapshotMismatchException(message.ToString(), VerifiedPath);
    }

    /// <summary>
    /// Builds the base file name <c>{className}.{methodName}[_{p1}_{p2}…]</c>, with characters that are not safe in
    /// file names replaced by <c>-</c>.
    /// </summary>
    /// <param name="className">The test class's simple name.</param>
    /// <param name="methodName">The test method's name.</param>
    /// <param name="parameters">Optional values that tell theory cases apart.</param>
    /// <returns>The base name.</returns>
    public static string BaseName(string className, string methodName, IReadOnlyList<object?>? parameters)
    {
        ArgumentException.ThrowIfNullOrEmpty(className);
        ArgumentException.ThrowIfNullOrEmpty(methodName);
        var name = new StringBuilder(className).Append('.').Append(methodName);
        if (parameters is { Count: > 0 })
        {
            foreach (var parameter in parameters)
            {
                name.Append('_').Append(SafeFileName(Snapshot.FormatParameter(parameter)));
            }
        }

        return name.ToString();
    }

    /// <summary>
    /// Chooses a snapshot extension from the content: <c>svg</c>, <c>html</c>, <c>json</c>, <c>ics</c>,
    /// <c>md</c>, <c>csv</c> or, failing those, <c>txt</c>.
    /// </summary>
    /// <param name="content">The text to classify.</param>
    /// <returns>The extension without a dot.</returns>
    public static string DetectExtension(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = content.TrimStart();
        if (text.StartsWith("<svg", StringComparison.OrdinalIgnoreCase)
            || (text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && text.Contains("<svg", StringComparison.OrdinalIgnoreCase)))
        {
            return "svg";
        }

        if (text.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return "html";
        }

        if (text.StartsWith("BEGIN:VCALENDAR", StringComparison.Ordinal))
        {
            return "ics";
        }

        if ((text.StartsWith('{') || text.StartsWith('[')) && IsJson(text))
        {
            return "json";
        }

        var lines = Normalise(text).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length > 0 && (lines[0].StartsWith('#') || lines.Any(l => l.StartsWith("|---", StringComparison.Ordinal) || l.StartsWith("| ---", StringComparison.Ordinal))))
        {
            return "md";
        }

        if (lines.Length > 0 && lines[0].Contains(',', StringComparison.Ordinal) && !lines[0].Contains(' ', StringComparison.Ordinal))
        {
            return "csv";
        }

        return "txt";
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string SafeFileName(string value)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(invalid.Contains(c) || char.IsWhiteSpace(c) || c is '*' or '?' or ':' or '"' or '<' or '>' or '|' or '\\' ? '-' : c);
        }

        return builder.ToString();
    }
}
