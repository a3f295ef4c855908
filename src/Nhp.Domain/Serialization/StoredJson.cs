using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Nhp.Findings;

namespace Nhp.Serialization;

/// <summary>
/// A stored JSON file read in one pass: its top-level properties (and the items of top-level arrays) as byte ranges
/// with their lines, so each can be read on its own and every problem reported with its line. Checks the
/// <c>format</c> and <c>version</c> that every stored Nhp format carries at the top.
/// </summary>
internal sealed partial class StoredJson
{
    private readonly byte[] utf8;
    private readonly List<int> lineStarts = [0];

    private StoredJson(byte[] utf8, string? source)
    {
        this.utf8 = utf8;
        Source = source;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }
    }

    public string? Source { get; }

    public List<Property> Properties { get; } = [];

    public Property? this[string name] => Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    /// <summary>A file's bytes, at most <see cref="Importing.ImportLimits.MaxJsonBytes"/>; a folder is refused.</summary>
    /// <exception cref="NhpInputException">The path is a folder, or the file is too large.</exception>
    public static byte[] FileBytes(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new NhpInputException("This is a folder; give the path of a file in it.", new SourceLocation(path, null));
        }

        using var stream = File.OpenRead(path);
        return Bytes(stream, path);
    }

    /// <summary>The stream's bytes, at most <see cref="Importing.ImportLimits.MaxJsonBytes"/>.</summary>
    /// <exception cref="NhpInputException">The stream holds more.</exception>
    public static byte[] Bytes(Stream stream, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            copy.Write(buffer, 0, read);
            if (copy.Length > Importing.ImportLimits.MaxJsonBytes)
            {
                throw TooLarge(source);
            }
        }

        return copy.ToArray();
    }

    /// <summary>The reader's text as UTF-8, at most <see cref="Importing.ImportLimits.MaxJsonBytes"/> characters.</summary>
    /// <exception cref="NhpInputException">The reader holds more.</exception>
    public static byte[] Bytes(TextReader reader, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = new StringBuilder();
        var buffer = new char[16384];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            text.Append(buffer, 0, read);
            if (text.Length > Importing.ImportLimits.MaxJsonBytes)
            {
                throw TooLarge(source);
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static NhpInputException TooLarge(string? source) => new(
        string.Create(CultureInfo.InvariantCulture, $"The file is larger than {Importing.ImportLimits.MaxJsonBytes:N0} bytes, the most a JSON reader takes; check it is the right file."),
        new SourceLocation(source, null));

    /// <summary>Reads the file's structure.</summary>
    /// <exception cref="NhpInputException">Empty, not JSON (or truncated), or not an object.</exception>
    public static StoredJson Parse(byte[] bytes, string? source, string what, IReadOnlyList<string> accepted)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var file = new StoredJson(bytes[start..], source);
        if (file.utf8.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            throw new NhpInputException($"The file is empty: expected {what} in JSON.", new SourceLocation(source, null), null, accepted);
        }

        var utf16 = new char[file.utf8.Length];
        if (System.Text.Unicode.Utf8.ToUtf16(file.utf8, utf16, out var validBytes, out _, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
        {
            // The serializer would fail with a transcoding error deep inside; say what is wrong and where.
            throw new NhpInputException($"The file is not UTF-8 text (an invalid byte sequence): expected {what} in JSON. Save it as UTF-8.", new SourceLocation(source, file.LineOf(validBytes)), null, accepted);
        }

        try
        {
            file.Scan();
        }
        catch (JsonException e)
        {
            throw new NhpInputException($"This is not {what} in JSON: {Plain(e.Message)}", new SourceLocation(source, e.LineNumber is { } l ? (int)l + 1 : null), null, accepted);
        }

        return file;
    }

    /// <summary>
    /// Checks <c>format</c> and <c>version</c>. Returns false when the file has no <c>format</c> (an older file, read as
    /// version 1); throws when it names another format or a version this library does not read.
    /// </summary>
    public bool CheckFormat(string format, int version, string what)
    {
        var formatProperty = this["format"];
        if (formatProperty is null)
        {
            return false;
        }

        var accepted = new[] { $"\"format\": \"{format}\", \"version\": {version.ToString(CultureInfo.InvariantCulture)}" };
        var at = new SourceLocation(Source, formatProperty.Line);
        var name = formatProperty.Token == JsonTokenType.String ? Read(formatProperty, NhpJson.Context.String, out _) : null;
        if (!string.Equals(name, format, StringComparison.Ordinal))
        {
            throw new NhpInputException(
                $"The file's format is {(name is null ? "not a string" : $"'{name}'")}, not '{format}': this reader reads {what}.", at, "format", accepted);
        }

        var versionProperty = this["version"] ?? throw new NhpInputException(
            $"The file names the format '{format}' but no version.", at, "version", accepted);
        var number = versionProperty.Token == JsonTokenType.Number ? Read(versionProperty, NhpJson.Context.Int32, out _) : 0;
        if (number < 1)
        {
            throw new NhpInputException($"The file's version must be a whole number from 1.", new SourceLocation(Source, versionProperty.Line), "version", accepted);
        }

        if (number > version)
        {
            throw new NhpInputException(
                string.Create(CultureInfo.InvariantCulture, $"The file is version {number} of '{format}'; this version of Nhp reads version {version} only. Use a newer Nhp."),
                new SourceLocation(Source, versionProperty.Line), "version", accepted);
        }

        return true;
    }

    /// <summary>Reads one value; null with a problem (message, line, JSON path) when it cannot be read.</summary>
    public T? Read<T>(Range range, JsonTypeInfo<T> info, out Problem? problem)
    {
        problem = null;
        var reader = new Utf8JsonReader(utf8.AsSpan(range.Start, range.Length), NhpJson.ReaderOptions);
        try
        {
            var value = JsonSerializer.Deserialize(ref reader, info);
            if (value is null)
            {
                problem = new Problem("The value is null, but one is required.", range.Line, range.Path);
            }

            return value;
        }
        catch (JsonException e)
        {
            var path = e.Path is null or "$" ? range.Path : range.Path + e.Path[1..];
            problem = new Problem(Plain(e.Message), range.Line + (int)(e.LineNumber ?? 0), path);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            problem = new Problem(e.Message, range.Line, range.Path);
        }

        return default;
    }

    private static string Plain(string message)
    {
        // System.Text.Json appends its own position; ours is in the location.
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var text = (cut > 0 ? message[..cut] : message).Trim();
        if (DuplicateProperty().Match(text) is { Success: true } duplicate)
        {
            // The serializer names a .NET type; the reader of the message knows the file, not the type.
            return $"The property '{duplicate.Groups["name"].Value}' appears twice in one object; keep one.";
        }

        return text.EndsWith('.') ? text : text + ".";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^Duplicate property '(?<name>[^']*)' encountered")]
    private static partial System.Text.RegularExpressions.Regex DuplicateProperty();

    private int LineOf(long offset)
    {
        var index = lineStarts.BinarySearch((int)offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    private void Scan()
    {
        var reader = new Utf8JsonReader(utf8, NhpJson.ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"The file holds {(reader.TokenType == JsonTokenType.None ? "nothing" : "a " + reader.TokenType.ToString().ToLowerInvariant())}; it should hold one JSON object.", null, 0, 0);
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            if (this[name] is { } earlier)
            {
                // Last-wins or first-wins would silently drop one of the two values.
                throw new JsonException(
                    string.Create(CultureInfo.InvariantCulture, $"The property '{name}' appears twice (lines {earlier.Line} and {LineOf(reader.TokenStartIndex)}); keep one."),
                    null, LineOf(reader.TokenStartIndex) - 1, 0);
            }

            reader.Read();
            var start = (int)reader.TokenStartIndex;
            var line = LineOf(start);
            var token = reader.TokenType;
            var items = new List<Range>();
            if (token == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var itemStart = (int)reader.TokenStartIndex;
                    reader.Skip();
                    var path = string.Create(CultureInfo.InvariantCulture, $"$.{name}[{items.Count}]");
                    items.Add(new Range(itemStart, (int)reader.BytesConsumed - itemStart, LineOf(itemStart), path));
                }
            }
            else
            {
                reader.Skip();
            }

            Properties.Add(new Property(name, token, items, new Range(start, (int)reader.BytesConsumed - start, line, "$." + name)));
        }

        // Anything after the object (a second value) makes the reader throw here.
        while (reader.Read())
        {
        }
    }

    /// <summary>A value's bytes, first line and JSON path.</summary>
    internal sealed record Range(int Start, int Length, int Line, string Path);

    /// <summary>A top-level property: its name, first token, the items when it is an array, and its value's range.</summary>
    internal sealed record Property(string Name, JsonTokenType Token, IReadOnlyList<Range> Items, Range Value)
    {
        public int Line => Value.Line;
    }

    /// <summary>Why a value could not be read.</summary>
    internal sealed record Problem(string Message, int Line, string Path);

    private T? Read<T>(Property property, JsonTypeInfo<T> info, out Problem? problem) => Read(property.Value, info, out problem);
}
