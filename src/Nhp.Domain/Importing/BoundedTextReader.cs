using System.Globalization;
using Nhp.Findings;

namespace Nhp.Importing;

/// <summary>
/// A reader that stops with a located <see cref="NhpInputException"/> once its input passes
/// <see cref="ImportLimits.MaxCharacters"/> characters or a line passes <see cref="ImportLimits.MaxLineLength"/>,
/// instead of reading without end.
/// </summary>
internal sealed class BoundedTextReader(TextReader inner, string? source, long maxCharacters = ImportLimits.MaxCharacters, int maxLineLength = ImportLimits.MaxLineLength) : TextReader
{
    private long total;
    private int lineLength;
    private int line = 1;

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0)
        {
            Count((char)c);
        }

        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var read = inner.Read(buffer);
        for (var i = 0; i < read; i++)
        {
            Count(buffer[i]);
        }

        return read;
    }

    public override string? ReadLine()
    {
        // Read through Read() so that a line without end is stopped at the limit, not built whole first.
        var text = new System.Text.StringBuilder();
        while (true)
        {
            var c = Read();
            if (c < 0)
            {
                return text.Length == 0 ? null : text.ToString();
            }

            if (c == '\n')
            {
                return text.ToString();
            }

            if (c == '\r')
            {
                if (Peek() == '\n')
                {
                    Read();
                }

                return text.ToString();
            }

            text.Append((char)c);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Count(char c)
    {
        if (++total > maxCharacters)
        {
            throw new NhpInputException(
                string.Create(CultureInfo.InvariantCulture, $"The input is longer than {maxCharacters:N0} characters, the most a reader takes; split it or check it is the right file."),
                new SourceLocation(source, line));
        }

        if (c is '\n' or '\r')
        {
            if (c == '\n')
            {
                line++;
            }

            lineLength = 0;
            return;
        }

        if (++lineLength > maxLineLength)
        {
            throw new NhpInputException(
                string.Create(CultureInfo.InvariantCulture, $"Line {line} is longer than {maxLineLength:N0} characters, the longest a reader takes; check it is the right file."),
                new SourceLocation(source, line));
        }
    }
}
