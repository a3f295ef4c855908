using CsCheck;
using Nhp.Delivery;
using Nhp.Text;

namespace Nhp.Domain.Tests.Delivery.Tables;

public sealed class CellValuesTest
{
    // Cells as exports give them: RAG words (some damaged), dates, sentences, padding and tabs.
    private static readonly string[] Words =
        ["GREEN", "green", "AMBER", "RED", "GREEM", "AMBFR", "BLUE", "31/03/2024", "31/O3/2O24", "March 2024", "Ongoing", "Complete", "and", "We will", "  ", "\t", "-"];

    private static readonly Gen<string> Cell = Gen.OneOf(
            Gen.Int[0, Words.Length - 1].Select(i => Words[i]),
            Gen.String[Gen.Char["a-zA-Z0-9 /.\t"], 0, 12])
        .Array[1, 4]
        .Select(parts => string.Join(" ", parts));

    [Fact]
    public void Splitting_a_RAG_word_and_a_date_gives_what_splitting_the_whole_cell_gave() =>
        Cell.Sample(cell =>
        {
            var read = CellValues.TrySplitRagAndDate(cell, out var rag, out var date);
            var expected = ReferenceSplit(cell, out var expectedRag, out var expectedDate);
            Assert.Equal(expected, read);
            Assert.Equal(expectedRag, rag);
            Assert.Equal(expectedDate, date);
        }, iter: 2_000);

    [Fact]
    public void Reading_a_RAG_word_gives_what_it_gave_before_the_early_refusal_of_cells_with_spaces() =>
        Cell.Sample(cell =>
        {
            var read = CellValues.TryRag(cell, out var status, out var repaired);
            var expected = ReferenceRag(cell, out var expectedStatus, out var expectedRepaired);
            Assert.Equal(expected, read);
            Assert.Equal(expectedStatus, status);
            Assert.Equal(expectedRepaired, repaired);
        }, iter: 2_000);

    [Theory]
    [InlineData("GREEN 31/03/2024", true, "GREEN", "31/03/2024")]
    [InlineData("  amber   March 2024 ", true, "amber", "March 2024")]
    [InlineData("GREEN", false, "", "")]
    [InlineData("and more of the same sentence", false, "", "")]
    [InlineData("GREEN and more", false, "", "")]
    public void A_RAG_word_followed_by_a_date_is_split(string cell, bool expected, string expectedRag, string expectedDate)
    {
        Assert.Equal(expected, CellValues.TrySplitRagAndDate(cell, out var rag, out var date));
        Assert.Equal(expectedRag, rag);
        Assert.Equal(expectedDate, date);
    }

    // The implementation before the first word was read without copying the rest of the cell.
    private static bool ReferenceSplit(string cell, out string rag, out string date)
    {
        rag = date = string.Empty;
        var parts = cell.Trim().Split(' ', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !ReferenceRag(parts[0], out _, out _) || !CellValues.IsDate(parts[1]))
        {
            return false;
        }

        (rag, date) = (parts[0], parts[1]);
        return true;
    }

    // The implementation before a space refused the cell ahead of making its comparison form.
    private static bool ReferenceRag(string cell, out RagStatus status, out bool repaired)
    {
        repaired = false;
        var text = cell.Trim();
        if (text.Length == 0)
        {
            status = RagStatus.NotRated;
            return false;
        }

        if (RagKey.TryParse(text, out status))
        {
            return true;
        }

        var letters = FuzzyText.Letters(text);
        if (letters.Length > 6 || text.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var (word, candidate) in new[] { ("GREEN", RagStatus.Green), ("AMBER", RagStatus.Amber), ("RED", RagStatus.Red) })
        {
            if (letters == FuzzyText.Letters(word) || (word.Length > 3 && FuzzyText.Distance(letters, FuzzyText.Letters(word)) <= 1))
            {
                status = candidate;
                repaired = true;
                return true;
            }
        }

        status = RagStatus.NotRated;
        return false;
    }
}
