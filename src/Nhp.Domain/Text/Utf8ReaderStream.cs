using System.Text;

namespace Nhp.Text;

/// <summary>
/// A read-only stream of the UTF-8 bytes of a <see cref="TextReader"/>'s text, so that a byte parser can read text
/// that arrives as characters (a lone surrogate becomes U+FFFD). The reader is not disposed.
/// </summary>
internal sealed class Utf8ReaderStream(TextReader reader) : Stream
{
    private readonly Encoder encoder = new UTF8Encoding(false).GetEncoder();
    private readonly char[] chars = new char[4096];
    private readonly byte[] pending = new byte[(4096 * 3) + 8];
    private int pendingStart;
    private int pendingEnd;
    private bool done;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (pendingStart == pendingEnd)
        {
            if (done)
            {
                return 0;
            }

            var read = reader.Read(chars, 0, chars.Length);
            done = read == 0;
            pendingStart = 0;
            pendingEnd = encoder.GetBytes(chars, 0, read, pending, 0, flush: done);
        }

        var n = Math.Min(buffer.Length, pendingEnd - pendingStart);
        pending.AsSpan(pendingStart, n).CopyTo(buffer);
        pendingStart += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
