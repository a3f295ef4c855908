using System.Buffers;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Nhp.Findings;
using Nhp.Text;

namespace Nhp.PoliceUk;

/// <summary>
/// Reads one data.police.uk street-level file as UTF-8 bytes and counts its rows by month, force (<c>Reported by</c>)
/// and crime type. A row without quotes or a lone carriage return (every row police.uk writes) is found with one
/// vectorised search for its end and split at commas without copying; any other record goes through a full RFC 4180
/// parser with the same rules as <see cref="Csv.Read"/> (quotes, doubled quotes, line breaks inside quotes, text after
/// a closing quote refused, empty lines skipped, lines counted as <see cref="TextReader.ReadLine"/> counts them).
/// Crime types and forces are interned, so a row allocates nothing. Memory is one buffer (1 MiB, grown only for a
/// record longer than that, up to <see cref="MaxRecordBytes"/>) plus the counts. Not thread-safe: one per file.
/// </summary>
internal sealed class PoliceUkFileScanner
{
    /// <summary>The longest record read: 4 MiB (police.uk rows are about 250 bytes).</summary>
    internal const int MaxRecordBytes = 4 << 20;

    private const int BufferBytes = 1 << 20;

    private static readonly SearchValues<byte> RecordEnd = SearchValues.Create("\"\r\n"u8);
    private static readonly YearMonthPattern MonthPattern = YearMonthPattern.CreateWithInvariantCulture("uuuu'-'MM");

    private readonly List<byte> scratch = [];
    private readonly List<(int Start, int Length)> fields = [];
    // Keyed by month index (high 32 bits) and force id (low 32 bits).
    private readonly Dictionary<long, GroupCounts> groups = [];
    private bool header = true;
    private bool startChecked;
    private int width;
    private int monthColumn = -1;
    private int typeColumn = -1;
    private int idColumn = -1;
    private int forceColumn = -1;
    private int lastColumn;
    private int line;
    private int lastMonth;
    private int lastForce = -1;
    private GroupCounts? lastGroup;

    /// <summary>Creates a scanner for one file.</summary>
    /// <param name="source">The file name, for findings and for the month when the rows give none; may be null.</param>
    public PoliceUkFileScanner(string? source)
    {
        Source = source;
        if (source is { Length: >= 7 } && TryMonth(source.AsSpan(0, 7), out var named))
        {
            Months.Add(named);
        }
    }

    /// <summary>The file name, or null.</summary>
    public string? Source { get; }

    /// <summary>The crime types seen.</summary>
    public Utf8Interner Types { get; } = new();

    /// <summary>The forces (<c>Reported by</c>) seen; one empty force when the file has no such column.</summary>
    public Utf8Interner Forces { get; } = new();

    /// <summary>The months read, and the month the file is named for (<see cref="MonthIndex"/>).</summary>
    public HashSet<int> Months { get; } = [];

    /// <summary>The rows not counted.</summary>
    public List<Finding> Findings { get; } = [];

    /// <summary>The rows counted.</summary>
    public int Rows { get; private set; }

    /// <summary>
    /// When set, the month-and-force groups whose rows are also gathered in <see cref="Collected"/> by crime: the
    /// crime ID, or for a row without one the whole row.
    /// </summary>
    public HashSet<GroupKey>? CollectGroups { get; init; }

    /// <summary>How often each crime (month, force, crime ID or row, crime type) occurs in <see cref="CollectGroups"/>.</summary>
    public Dictionary<CrimeKey, int> Collected { get; } = [];

    /// <summary>The month-and-force groups read, in the order first met, each with its counts by crime type id.</summary>
    public List<GroupCounts> Groups { get; } = [];

    /// <summary>Reads the stream to the end (UTF-8; a UTF-16 or UTF-32 byte order mark is honoured).</summary>
    /// <param name="stream">The file's bytes; left open.</param>
    /// <exception cref="NhpInputException">The file is empty, its header lacks <c>Month</c> or <c>Crime type</c>, or the CSV is broken.</exception>
    public void Scan(Stream stream)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
        try
        {
            int start = 0, end = 0;
            var eof = false;
            while (true)
            {
                var span = buffer.AsSpan(start, end - start);
                if (!startChecked && (span.Length >= 4 || eof))
                {
                    startChecked = true;
                    if (OtherEncoding(span) is { } encoding)
                    {
                        ScanTranscoded(buffer.AsSpan(start, end - start).ToArray(), stream, encoding);
                        return;
                    }

                    // The byte order mark, and one more as a text reader would leave it for the CSV reader to drop.
                    for (var i = 0; i < 2 && buffer.AsSpan(start, end - start).StartsWith("\uFEFF"u8); i++)
                    {
                        start += 3;
                    }

                    span = buffer.AsSpan(start, end - start);
                }

                if (startChecked)
                {
                    start += Process(span, eof);
                }

                if (eof)
                {
                    break;
                }

                var remaining = end - start;
                if (remaining > 0 && start > 0)
                {
                    Buffer.BlockCopy(buffer, start, buffer, 0, remaining);
                }

                start = 0;
                end = remaining;
                if (end == buffer.Length)
                {
                    if (buffer.Length >= MaxRecordBytes)
                    {
                        throw new NhpInputException(
                            string.Create(CultureInfo.InvariantCulture, $"A record is longer than {MaxRecordBytes / (1 << 20)} MiB; police.uk rows are a few hundred bytes, so this is not a police.uk file."),
                            new SourceLocation(Source, line + 1));
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    Buffer.BlockCopy(buffer, 0, larger, 0, end);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = stream.Read(buffer, end, buffer.Length - end);
                if (read == 0)
                {
                    eof = true;
                }

                end += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (header)
        {
            throw new NhpInputException("The file is empty: a police.uk file starts with a header line.", new SourceLocation(Source, null));
        }
    }

    private static Encoding? OtherEncoding(ReadOnlySpan<byte> start) =>
        start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) ? Encoding.UTF32
        : start.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]) ? new UTF32Encoding(bigEndian: true, byteOrderMark: true)
        : start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? Encoding.Unicode
        : start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? Encoding.BigEndianUnicode
        : null;

    // A UTF-16 or UTF-32 file: decode it as a text reader would and read its UTF-8 bytes.
    private void ScanTranscoded(byte[] head, Stream rest, Encoding encoding)
    {
        using var joined = new PrefixedStream(head, rest);
        using var reader = new StreamReader(joined, encoding, detectEncodingFromByteOrderMarks: true);
        using var utf8 = new Utf8ReaderStream(reader);
        Scan(utf8);
    }

    // Reads the complete records at the start of span (all of it at the end of the input); returns the bytes used.
    private int Process(ReadOnlySpan<byte> span, bool eof)
    {
        var pos = 0;
        while (pos < span.Length)
        {
            var rest = span[pos..];
            var b = rest[0];
            if (b == '\n')
            {
                line++;
                pos++;
                continue;
            }

            var end = rest.IndexOfAny(RecordEnd);
            if (end >= 0 && rest[end] == '\n')
            {
                Row(rest[..end]);
                line++;
                pos += end + 1;
                continue;
            }

            if (end >= 0 && rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n')
            {
                Row(rest[..end]);
                line++;
                pos += end + 2;
                continue;
            }

            if (end < 0 && eof)
            {
                Row(rest);
                line++;
                pos += rest.Length;
                continue;
            }

            if (end < 0 || (rest[end] == '\r' && end + 1 == rest.Length && !eof))
            {
                return pos;
            }

            // A quote or a lone carriage return: the full parser.
            var used = Record(rest, eof);
            if (used < 0)
            {
                return pos;
            }

            pos += used;
        }

        return pos;
    }

    // A record with no quote and no carriage return (an empty one is an empty line, skipped).
    private void Row(ReadOnlySpan<byte> row)
    {
        if (row.IsEmpty)
        {
            return;
        }

        if (header)
        {
            var names = new List<string>();
            var rest = row;
            while (true)
            {
                var comma = rest.IndexOf((byte)',');
                names.Add(Encoding.UTF8.GetString(comma < 0 ? rest : rest[..comma]));
                if (comma < 0)
                {
                    break;
                }

                rest = rest[(comma + 1)..];
            }

            Header(names, line + 1);
            return;
        }

        ReadOnlySpan<byte> id = default, month = default, force = default, type = default;
        var count = 0;
        var start = 0;
        while (true)
        {
            var comma = row[start..].IndexOf((byte)',');
            var end = comma < 0 ? row.Length : start + comma;
            var value = row[start..end];
            if (count == monthColumn)
            {
                month = value;
            }
            else if (count == typeColumn)
            {
                type = value;
            }
            else if (count == idColumn)
            {
                id = value;
            }
            else if (count == forceColumn)
            {
                force = value;
            }

            count++;
            if (comma < 0)
            {
                break;
            }

            start = end + 1;
            if (count > lastColumn)
            {
                count += row[start..].Count((byte)',') + 1;
                break;
            }
        }

        Count(count, id, month, force, type, row, line + 1);
    }

    // The full parser, for a record with quotes or a lone carriage return. Returns the bytes used, or -1 when the
    // record may continue past the end of span and more input is coming.
    private int Record(ReadOnlySpan<byte> s, bool eof)
    {
        scratch.Clear();
        fields.Clear();
        var startLine = line + 1;
        var current = startLine;
        var fieldStart = 0;
        var quoted = false;
        var afterQuote = false;
        var i = 0;
        while (true)
        {
            if (i == s.Length)
            {
                if (!eof)
                {
                    return -1;
                }

                if (quoted)
                {
                    throw new NhpInputException("A quoted field is not closed before the end of the input.", new SourceLocation(Source, startLine));
                }

                break;
            }

            var c = s[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 == s.Length && !eof)
                    {
                        return -1;
                    }

                    if (i + 1 < s.Length && s[i + 1] == '"')
                    {
                        scratch.Add((byte)'"');
                        i += 2;
                        continue;
                    }

                    quoted = false;
                    afterQuote = true;
                }
                else if (c is (byte)'\r' or (byte)'\n')
                {
                    // A line break inside quotes is kept as written (CRLF, LF or CR), as the general CSV reader keeps it,
                    // and counts as one line.
                    scratch.Add(c);
                    if (c == '\r')
                    {
                        if (i + 1 == s.Length && !eof)
                        {
                            return -1;
                        }

                        if (i + 1 < s.Length && s[i + 1] == '\n')
                        {
                            scratch.Add((byte)'\n');
                            i++;
                        }
                    }

                    current++;
                }
                else
                {
                    scratch.Add(c);
                }

                i++;
                continue;
            }

            if (c is (byte)'\r' or (byte)'\n')
            {
                var emptyLine = i == 0;
                if (c == '\r')
                {
                    if (i + 1 == s.Length && !eof)
                    {
                        return -1;
                    }

                    if (i + 1 < s.Length && s[i + 1] == '\n')
                    {
                        i++;
                    }
                }

                i++;
                if (emptyLine)
                {
                    line = current;
                    return i;
                }

                break;
            }

            if (c == ',')
            {
                fields.Add((fieldStart, scratch.Count - fieldStart));
                scratch.Add((byte)',');
                fieldStart = scratch.Count;
                afterQuote = false;
            }
            else if (afterQuote)
            {
                throw new NhpInputException(
                    string.Create(CultureInfo.InvariantCulture, $"Text after a closing quote in field {fields.Count + 1}; a quoted field must be followed by a comma or the end of the line."),
                    new SourceLocation(Source, current));
            }
            else if (c == '"' && scratch.Count == fieldStart)
            {
                quoted = true;
            }
            else
            {
                scratch.Add(c);
            }

            i++;
        }

        fields.Add((fieldStart, scratch.Count - fieldStart));
        line = current;
        var text = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratch);
        if (header)
        {
            var names = new List<string>(fields.Count);
            foreach (var (start, length) in fields)
            {
                names.Add(Encoding.UTF8.GetString(text.Slice(start, length)));
            }

            Header(names, startLine);
            return i;
        }

        ReadOnlySpan<byte> Field(ReadOnlySpan<byte> all, int column) =>
            column >= 0 && column < fields.Count ? all.Slice(fields[column].Start, fields[column].Length) : default;

        Count(fields.Count, Field(text, idColumn), Field(text, monthColumn), Field(text, forceColumn), Field(text, typeColumn), text, startLine);
        return i;
    }

    private void Header(List<string> names, int lineNumber)
    {
        header = false;
        width = names.Count;
        monthColumn = IndexOf(names, "Month");
        typeColumn = IndexOf(names, "Crime type");
        idColumn = IndexOf(names, "Crime ID");
        forceColumn = IndexOf(names, "Reported by");
        if (monthColumn < 0 || typeColumn < 0)
        {
            throw new NhpInputException(
                "The first line is not a police.uk street-level crime header: it needs the columns Month and Crime type.",
                new SourceLocation(Source, lineNumber),
                acceptedForms: ["Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context"]);
        }

        lastColumn = Math.Max(Math.Max(monthColumn, typeColumn), Math.Max(idColumn, forceColumn));
    }

    private static int IndexOf(List<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i].Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private void Count(int fieldCount, ReadOnlySpan<byte> id, ReadOnlySpan<byte> monthText, ReadOnlySpan<byte> force, ReadOnlySpan<byte> type, ReadOnlySpan<byte> row, int lineNumber)
    {
        if (fieldCount != width)
        {
            Malformed(lineNumber, null, string.Create(CultureInfo.InvariantCulture, $"The row has {fieldCount} fields; the header has {width}. The row is not counted."));
            return;
        }

        if (!TryMonth(monthText, out var month))
        {
            Malformed(lineNumber, "Month", $"The month '{Encoding.UTF8.GetString(monthText)}' is not written yyyy-MM (e.g. 2023-10). The row is not counted.");
            return;
        }

        if (type.IsEmpty)
        {
            Malformed(lineNumber, "Crime type", "The crime type is empty. The row is not counted.");
            return;
        }

        var forceId = Forces.Intern(force);
        if (lastGroup is null || month != lastMonth || forceId != lastForce)
        {
            Months.Add(month);
            var key = ((long)month << 32) | (uint)forceId;
            if (!groups.TryGetValue(key, out lastGroup))
            {
                lastGroup = new GroupCounts(month, forceId);
                groups.Add(key, lastGroup);
                Groups.Add(lastGroup);
            }

            lastMonth = month;
            lastForce = forceId;
        }

        var typeId = Types.Intern(type);
        lastGroup.Add(typeId);
        Rows++;
        if (CollectGroups is not null && CollectGroups.Contains(new GroupKey(month, Forces.Text(forceId))))
        {
            var crime = id.IsEmpty ? "row:" + Encoding.UTF8.GetString(row) : "id:" + Encoding.UTF8.GetString(id);
            var key = new CrimeKey(new GroupKey(month, Forces.Text(forceId)), crime, Types.Text(typeId));
            Collected[key] = (Collected.TryGetValue(key, out var seen) ? seen : 0) + 1;
        }
    }

    // yyyy-MM as the pattern uuuu'-'MM reads it: four digits, a hyphen, a month 01 to 12; anything else goes to the
    // pattern itself, so the two never disagree. The month is a MonthIndex.
    private static bool TryMonth(ReadOnlySpan<byte> text, out int month)
    {
        if (text.Length == 7 && text[4] == '-'
            && IsDigit(text[0]) && IsDigit(text[1]) && IsDigit(text[2]) && IsDigit(text[3]) && IsDigit(text[5]) && IsDigit(text[6]))
        {
            var m = ((text[5] - '0') * 10) + (text[6] - '0');
            if (m is >= 1 and <= 12)
            {
                month = MonthIndex.Of(((text[0] - '0') * 1000) + ((text[1] - '0') * 100) + ((text[2] - '0') * 10) + (text[3] - '0'), m);
                return true;
            }
        }

        return TryMonthPattern(Encoding.UTF8.GetString(text), out month);
    }

    // The same for the month a file is named for.
    private static bool TryMonth(ReadOnlySpan<char> text, out int month)
    {
        if (text.Length == 7 && text[4] == '-'
            && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3])
            && char.IsAsciiDigit(text[5]) && char.IsAsciiDigit(text[6]))
        {
            var m = ((text[5] - '0') * 10) + (text[6] - '0');
            if (m is >= 1 and <= 12)
            {
                month = MonthIndex.Of(((text[0] - '0') * 1000) + ((text[1] - '0') * 100) + ((text[2] - '0') * 10) + (text[3] - '0'), m);
                return true;
            }
        }

        return TryMonthPattern(text.ToString(), out month);
    }

    private static bool TryMonthPattern(string text, out int month)
    {
        var parsed = MonthPattern.Parse(text);
        month = parsed.Success ? MonthIndex.Of(parsed.Value) : 0;
        return parsed.Success;
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private void Malformed(int lineNumber, string? field, string message) =>
        Findings.Add(PoliceUkImportRules.MalformedRowRule.Finding(Source ?? "police.uk", field, message, new SourceLocation(Source, lineNumber)));

    /// <summary>The rows of one month and force, counted by crime type id.</summary>
    /// <param name="month">The month index.</param>
    /// <param name="force">The force id.</param>
    internal sealed class GroupCounts(int month, int force)
    {
        /// <summary>The month (<see cref="MonthIndex"/>).</summary>
        public int Month { get; } = month;

        /// <summary>The force id in <see cref="Forces"/>.</summary>
        public int Force { get; } = force;

        /// <summary>The count of each crime type id (zero for a type not seen in this group); may be longer than the types seen.</summary>
        public int[] ByType { get; private set; } = new int[16];

        /// <summary>Counts one row of a crime type.</summary>
        /// <param name="type">The crime type id.</param>

        public void Add(int type)
        {
            if (type >= ByType.Length)
            {
                var larger = new int[Math.Max(type + 1, ByType.Length * 2)];
                ByType.CopyTo(larger, 0);
                ByType = larger;
            }

            ByType[type]++;
        }
    }

    // The bytes already read, then the rest of the stream.
    private sealed class PrefixedStream(byte[] head, Stream rest) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (position < head.Length)
            {
                var n = Math.Min(buffer.Length, head.Length - position);
                head.AsSpan(position, n).CopyTo(buffer);
                position += n;
                return n;
            }

            return rest.Read(buffer);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
