using System.Text;
using CsCheck;
using Nhp.Delivery;
using Nhp.Engagement;
using Nhp.Fuzzing;

namespace Nhp.Domain.Tests.Importing;

/// <summary>
/// Random input to every reader gives a result or a located input error (<see cref="NhpInputException"/> on one
/// line), never another exception: random text built from the characters that matter to the formats, and random
/// edits (bytes changed, cut, repeated) of each seed input.
/// </summary>
public sealed class ReaderPropertyTest
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "Data", "Fuzzing", "corpus");

    // Characters that steer the readers: separators, quotes, brackets, digits, signs, RAG words, line ends,
    // controls and bidirectional overrides, and a character outside the Basic Multilingual Plane.
    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.Char["\t,;:\"'{}[]()0123456789.-+/\\ \n\r"].Select(c => c.ToString()),
        Gen.OneOf("GREEN", "AMBER", "RED", "null", "true", "\"format\"", "\"nhp-delivery-plan\"", "\"version\": 1", "2024-01", "31/03/2024",
            "January 2024", "category", "title", "overall", "flag", "\u202E", "\u0000", "\u001b[2J", "😀", "1e308", "2147483647", "-1", "9999-12-31", "0000-01"),
        Gen.String[0, 8]);

    private static readonly Gen<string> RandomText = Piece.Array[0, 60].Select(string.Concat);

    public static TheoryData<string> Targets() => [.. FuzzTargets.All.Keys];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Random_text_gives_a_result_or_a_located_input_error(string target) =>
        RandomText.Sample(text => FuzzTargets.Run(target, text), iter: 300);

    [Theory]
    [MemberData(nameof(Targets))]
    public void Random_edits_of_the_seeds_give_a_result_or_a_located_input_error(string target)
    {
        var seeds = Directory.GetFiles(Path.Combine(Corpus, target)).Select(File.ReadAllBytes).ToArray();
        var edit = Gen.Select(Gen.Int[0, seeds.Length - 1], Gen.Int[0, 3], Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000], Gen.Byte, (seed, kind, a, b, value) =>
        {
            var bytes = seeds[seed];
            if (bytes.Length == 0)
            {
                return bytes;
            }

            var at = a % bytes.Length;
            var length = b % Math.Max(1, bytes.Length - at);
            return kind switch
            {
                0 => [.. bytes[..at], value, .. bytes[(at + 1)..]],
                1 => bytes[..at],
                2 => [.. bytes[..(at + length)], .. bytes[at..]],
                _ => [.. bytes[..at], .. bytes[(at + length)..]],
            };
        });

        edit.Sample(bytes => FuzzTargets.Run(target, bytes), iter: 300);
    }

    [Fact]
    public void A_line_without_end_stops_at_the_limit_with_a_located_error()
    {
        // /dev/zero given as a file: NUL characters without a line break, read through the stream overloads.
        using var endless = new EndlessStream();

        var error = Assert.Throws<NhpInputException>(() => PlanText.Read(endless, "zero"));

        Assert.Contains("Line 1 is longer than 1,048,576 characters", error.Message, StringComparison.Ordinal);
        Assert.Equal("zero", error.Location?.Source);
    }

    [Fact]
    public void A_json_file_larger_than_the_limit_is_refused_without_reading_it_all()
    {
        using var endless = new EndlessStream();

        var error = Assert.Throws<NhpInputException>(() => EngagementJson.Read(endless, "zero.json"));

        Assert.Contains("larger than 67,108,864 bytes", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A stream of zero bytes without end, as <c>/dev/zero</c>.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            return count;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
