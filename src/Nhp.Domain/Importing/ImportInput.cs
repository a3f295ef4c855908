using System.Text;

namespace Nhp.Importing;

/// <summary>
/// Opens the text of an importer's path and stream overloads as a reader (UTF-8 unless a byte order mark says
/// otherwise), bounded by <see cref="ImportLimits"/>, and hands it to the importer's reader overload, so that every importer reads its input the same way.
/// </summary>
internal static class ImportInput
{
    /// <summary>Reads a file: the file's path is the source of findings.</summary>
    /// <typeparam name="T">What the importer returns.</typeparam>
    /// <param name="path">The file.</param>
    /// <param name="read">The importer's reader overload, given the reader and the source.</param>
    /// <returns>What <paramref name="read"/> returns.</returns>
    public static T FromPath<T>(string path, Func<TextReader, string, T> read)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new NhpInputException("This is a folder; give the path of a file in it.", new Findings.SourceLocation(path, null));
        }

        using var reader = new BoundedTextReader(new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true), path);
        return read(reader, path);
    }

    /// <summary>Reads a stream to the end, leaving it open.</summary>
    /// <typeparam name="T">What the importer returns.</typeparam>
    /// <param name="stream">The input.</param>
    /// <param name="source">The input's name for findings; may be null.</param>
    /// <param name="read">The importer's reader overload, given the reader and the source.</param>
    /// <returns>What <paramref name="read"/> returns.</returns>
    public static T FromStream<T>(Stream stream, string? source, Func<TextReader, string?, T> read)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BoundedTextReader(new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true), source);
        return read(reader, source);
    }
}
