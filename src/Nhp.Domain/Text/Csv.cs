using System.Text;
using Nhp.Findings;

namespace Nhp.Text;

/// <summary>
/// RFC 4180 CSV reading and writing, culture-invariant, with protection against spreadsheet formula injection.
/// </summary>
/// <remarks>
/// <para>
/// Writing: a field is quoted when it contains a comma, a double quote, a carriage return or a line feed; quotes are
/// doubled. A text field whose first character is <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return
/// could run as a formula when the file is opened in a spreadsheet, so <see cref="TextField"/> prefixes it with an
/// apostrophe (<c>'</c>), which spreadsheets show as plain text. A field that already starts with an apostrophe gets
/// one more, so the guard can always be removed without loss by <see cref="Unguard"/>.
/// </para>
/// <para>Reading: <see cref="Read"/> streams records, accepts <c>\n</c> or <c>\r\n</c>, and reports a malformed record
/// (an unterminated quote, text after a closing quote) as an <see cref="NhpInputException"/> with its line.</para>
/// </remarks>
internal static class Csv
{
    /// <summary>Formats a text field: formula-guarded, then quoted where RFC 4180 requires it.</summary>
    /// <param name="value">The text; null is written as an empty field.</param>
    /// <returns>The field as it should appear between commas.</returns>
    public static string TextField(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var clean = OutputText.Clean(value, keepLineBreaks: true, keepTab: true);
        var guarded = NeedsGuard(clean) ? "'" + clean : clean;
        return Quote(guarded);
    }

    /// <summary>
    /// Formats a field that is known to be a number or other non-formula token (already formatted with the invariant
    /// culture): quoted where RFC 4180 requires it, never formula-guarded, so <c>-26</c> stays a number.
    /// </summary>
    /// <param name="value">The formatted value.</param>
    /// <returns>The field as it should appear between commas.</returns>
    public static string PlainField(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Quote(OutputText.Clean(value, keepLineBreaks: true, keepTab: true));
    }

    /// <summary>Removes the formula guard that <see cref="TextField"/> adds: one leading apostrophe, if present.</summary>
    /// <param name="field">A field as read from a CSV file.</param>
    /// <returns>The original text.</returns>
    public static string Unguard(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.StartsWith('\'') ? field[1..] : field;
    }

    /// <summary>Writes one record, fields already formatted by <see cref="TextField"/> or <see cref="PlainField"/>, ending in <c>\n</c>.</summary>
    /// <param name="builder">Where to write.</param>
    /// <param name="fields">The formatted fields.</param>
    public static void AppendRecord(StringBuilder builder, params ReadOnlySpan<string> fields)
    {
        ArgumentNullException.ThrowIfNull(builder);
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            builder.Append(fields[i]);
        }

        builder.Append('\n');
    }

    /// <summary>
    /// Reads records from <paramref name="reader"/> one at a time (streaming: the input is never held in memory whole).
    /// Empty lines are skipped.
    /// </summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The input's name for error messages, e.g. a file name.</param>
    /// <returns>The records in order.</returns>
    /// <exception cref="NhpInputException">A record is malformed; the message gives the source and line.</exception>
    public static IEnumerable<CsvRecord> Read(TextReader reader, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadIterator(reader, source);
    }

    // A record ends at a line break outside quotes (\n, \r\n or \r); inside a quoted field every character, line
    // breaks included, is kept as it is, so a field holding a carriage return reads back unchanged. Empty lines are
    // skipped. Records carry the line they start on.
    private static IEnumerable<CsvRecord> ReadIterator(TextReader reader, string? source)
    {
        var input = new CharSource(reader);
        var line = 1;
        var fields = new List<string>();
        var field = new StringBuilder();
        if (input.Peek() == '\uFEFF')
        {
            input.Next();
        }

        while (input.Peek() >= 0)
        {
            var startLine = line;
            fields.Clear();
            field.Clear();
            var quoted = false;
            var afterQuote = false;
            var empty = true;
            while (true)
            {
                var c = input.Next();
                if (c < 0)
                {
                    if (quoted)
                    {
                        throw new NhpInputException("A quoted field is not closed before the end of the input.", new SourceLocation(source, startLine));
                    }

                    fields.Add(field.ToString());
                    break;
                }

                if (quoted)
                {
                    if (c == '"')
                    {
                        if (input.Peek() == '"')
                        {
                            input.Next();
                            field.Append('"');
                            continue;
                        }

                        quoted = false;
                        afterQuote = true;
                        continue;
                    }

                    if (c == '\n' || (c == '\r' && input.Peek() != '\n'))
                    {
                        line++;
                    }

                    field.Append((char)c);
                    continue;
                }

                if (c is '\n' or '\r')
                {
                    if (c == '\r' && input.Peek() == '\n')
                    {
                        input.Next();
                    }

                    line++;
                    fields.Add(field.ToString());
                    break;
                }

                empty = false;
                if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    afterQuote = false;
                }
                else if (afterQuote)
                {
                    throw new NhpInputException(
                        $"Text after a closing quote in field {fields.Count + 1}; a quoted field must be followed by a comma or the end of the line.",
                        new SourceLocation(source, line));
                }
                else if (c == '"' && field.Length == 0)
                {
                    quoted = true;
                }
                else
                {
                    field.Append((char)c);
                }
            }

            if (empty && fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            yield return new CsvRecord(startLine, fields.ToArray());
        }
    }

    /// <summary>Characters of a reader read a block at a time, with one character of look-ahead.</summary>
    private sealed class CharSource(TextReader reader)
    {
        private readonly char[] buffer = new char[8192];
        private int position;
        private int length;

        public int Peek() => position < length || Fill() ? buffer[position] : -1;

        public int Next() => position < length || Fill() ? buffer[position++] : -1;

        private bool Fill()
        {
            length = reader.Read(buffer, 0, buffer.Length);
            position = 0;
            return length > 0;
        }
    }

    private static bool NeedsGuard(string value) => value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\'';

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
