using System.Text;
using Nhp.Datasets.CityOfLondon;

namespace Nhp.Domain.Tests.Delivery;

/// <summary>
/// Variant exports of the January 2024 plan table, made from the seed's text by the damage that copying and pasting,
/// PDF-to-text or OCR does to a table: cells re-split or merged, page headers dropped, repeated, split elsewhere or
/// misread, objective headings dropped, split or misread, letters swapped for look-alikes (l/1, O/0, rn/m), a title,
/// key and notes before the table, rows broken across a page (with the RAG and date on the continuation) and lines
/// moved across a page break. Deterministic: the same seed gives the same text.
/// </summary>
internal static class PlanExportVariants
{
    private static readonly string[] Preambles =
    [
        "",
        "Appendix 1 – NHP Strategy- Delivery Plan\n\nNeighbourhood Policing and Engagement Strategy Implementation Plan\nGREEN Complete/established\nAMBER In progress\nRED Deadline missed or will not be achieved\nSummary position\n",
        "This is a working document and therefore contains a number of policing acronyms.\nKey:\tGREEN – Complete/established\tAMBER – In progress\tRED – Deadline missed or will not be achieved\n\n",
        "Page 1 of 12\nNeighbourhood Policing Delivery Plan\nTable 1: deliverables, summary position, progress and date\nRAG\tMeaning\nGREEN\tComplete/established\nAMBER\tIn progress\nRED\tDeadline missed or will not be achieved\n",
        "# Neighbourhood Policing and Engagement Strategy Implementation Plan\n\n## **Summary position**\n\nNotes: this appendix is the January position.\n",
    ];

    private static readonly string[] Footers = ["Page {0}", "Page {0} of 12", "{0}", "This page is intentionally left blank", "OFFICIAL"];

    /// <summary>The seed's lines, as embedded.</summary>
    public static IReadOnlyList<string> SeedLines { get; } = ReadSeed();

    private static string[] ReadSeed()
    {
        using var reader = EmbeddedResources.Open(EmbeddedResources.DeliveryPlanJanuary2024);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
    }

    /// <summary>One variant export.</summary>
    /// <param name="seed">Which variant.</param>
    /// <returns>The text.</returns>
    public static string Generate(int seed)
    {
        var random = new Random(seed);
        var lines = SeedLines.ToList();
        var firstTable = lines.FindIndex(IsHeader);
        var body = lines.Skip(firstTable).ToList();
        var output = new List<string>();
        var preamble = random.Next(Preambles.Length + 1);
        var keepOwnPreamble = preamble == Preambles.Length;
        if (keepOwnPreamble)
        {
            output.AddRange(lines.Take(firstTable));
        }
        else if (Preambles[preamble].Length > 0)
        {
            output.AddRange(Preambles[preamble].TrimEnd('\n').Split('\n'));
        }

        var page = 1;
        var headersKept = 0;
        var headerStyle = random.Next(4);
        for (var i = 0; i < body.Count; i++)
        {
            var line = body[i];
            if (IsHeader(line))
            {
                var roll = random.NextDouble();
                if (roll < 0.2 && headersKept > 0)
                {
                    continue;
                }

                if (random.NextDouble() < 0.3)
                {
                    output.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, Footers[random.Next(Footers.Length)], page++));
                }

                var header = DamageHeader(line, random, headerStyle);
                output.Add(header);
                headersKept++;
                if (roll > 0.9)
                {
                    output.Add(DamageHeader(line, random, headerStyle));
                }

                continue;
            }

            if (IsHeading(line))
            {
                var roll = random.NextDouble();
                if (roll < 0.15)
                {
                    continue;
                }

                output.Add(roll < 0.6 ? DamageHeading(line, random) : line);
                continue;
            }

            if (IsDeliverable(line))
            {
                output.AddRange(DamageRow(line, random, body[firstTableHeader(body)], ref page));
                continue;
            }

            output.Add(random.NextDouble() < 0.2 ? Ocr(line, random, 0.05) : line);
        }

        if (random.NextDouble() < 0.5)
        {
            MoveAcrossPageBreak(output, random);
        }

        return string.Join(random.NextDouble() < 0.3 ? "\r\n" : "\n", output) + "\n";

        static int firstTableHeader(List<string> b) => b.FindIndex(IsHeader);
    }

    private static bool IsHeader(string line) => line.StartsWith("DELI\t", StringComparison.Ordinal);

    private static bool IsHeading(string line) => line.StartsWith("OBJ", StringComparison.Ordinal);

    private static bool IsDeliverable(string line) => line.Length > 0 && char.IsDigit(line[0]);

    // A page header split at another point, joined, or with letters misread.
    private static string DamageHeader(string line, Random random, int style)
    {
        var cells = line.Split('\t').Where(c => c.Length > 0).Select(c => c.Replace("<b>", string.Empty, StringComparison.Ordinal).Replace("</b>", string.Empty, StringComparison.Ordinal)).ToList();
        var deliverable = cells[0] + cells[1];
        switch (style)
        {
            case 0:
                var at = random.Next(1, deliverable.Length);
                cells[0] = deliverable[..at];
                cells[1] = deliverable[at..];
                break;
            case 1:
                cells.RemoveAt(1);
                cells[0] = deliverable;
                break;
            case 2:
                return string.Join(" ", new[] { deliverable }.Concat(cells.Skip(2)));
        }

        var text = string.Join("\t", cells);
        return random.NextDouble() < 0.5 ? Ocr(text, random, 0.08, header: true) : text;
    }

    private static string DamageHeading(string line, Random random)
    {
        var text = string.Concat(line.Split('\t').Skip(1));
        if (!text.StartsWith("OBJ", StringComparison.Ordinal))
        {
            text = "OBJ" + text;
        }

        switch (random.Next(3))
        {
            case 0:
                var at = random.Next(3, text.Length - 1);
                return text[..at] + "\t" + text[at..];
            case 1:
                return Ocr(text, random, 0.1, header: true);
            default:
                return "OBJE\t" + text;
        }
    }

    private static List<string> DamageRow(string line, Random random, string header, ref int page)
    {
        var cells = line.Split('\t').ToList();
        while (cells.Count < 5)
        {
            cells.Add(string.Empty);
        }

        var roll = random.NextDouble();
        var result = new List<string>();
        if (roll < 0.15 && cells[1].Contains(' ', StringComparison.Ordinal))
        {
            // The commitment split in two cells.
            var at = SpaceNear(cells[1], random);
            cells[1] = cells[1][..at] + "\t" + cells[1][(at + 1)..];
        }
        else if (roll < 0.3 && cells[2].Contains(' ', StringComparison.Ordinal))
        {
            var at = SpaceNear(cells[2], random);
            cells[2] = cells[2][..at] + "\t" + cells[2][(at + 1)..];
        }
        else if (roll < 0.4)
        {
            cells[0] = cells[0] + " " + cells[1];
            cells.RemoveAt(1);
        }
        else if (roll < 0.5 && cells[3].Length > 0 && cells[4].Length > 0)
        {
            cells[3] = cells[3] + " " + cells[4];
            cells.RemoveAt(4);
        }
        else if (roll < 0.7 && cells[1].Contains(' ', StringComparison.Ordinal) && cells[2].Contains(' ', StringComparison.Ordinal))
        {
            // Broken across a page: the text's tail, and sometimes the RAG and date, on the next page after a header.
            var c = SpaceNear(cells[1], random);
            var s = SpaceNear(cells[2], random);
            var carry = random.NextDouble() < 0.5;
            var first = new List<string> { cells[0], cells[1][..c], cells[2][..s] };
            var second = new List<string> { string.Empty, cells[1][(c + 1)..], cells[2][(s + 1)..] };
            first.AddRange(carry ? ["", ""] : cells.Skip(3));
            second.AddRange(carry ? cells.Skip(3) : ["", ""]);
            result.Add(string.Join("\t", first));
            if (random.NextDouble() < 0.5)
            {
                result.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, "Page {0}", page++));
            }

            result.Add(header);
            result.Add(string.Join("\t", second));
            return result;
        }

        var text = string.Join("\t", cells);
        if (random.NextDouble() < 0.4)
        {
            text = Ocr(text, random, 0.01);
        }

        if (random.NextDouble() < 0.25)
        {
            text = OcrValues(text, random);
        }

        result.Add(random.NextDouble() < 0.3 ? text.TrimEnd('\t') : text + (random.NextDouble() < 0.2 ? "\t\t" : string.Empty));
        return result;
    }

    private static int SpaceNear(string text, Random random)
    {
        var spaces = Enumerable.Range(0, text.Length).Where(i => text[i] == ' ' && i > 0 && i < text.Length - 1).ToList();
        return spaces[random.Next(spaces.Count)];
    }

    // Look-alikes swapped in the code, RAG and date cells: what OCR does to short values.
    private static string OcrValues(string line, Random random)
    {
        var cells = line.Split('\t');
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i];
            var swapped = cell switch
            {
                "GREEN" => random.Next(2) == 0 ? "6REEN" : "GRFEN",
                "AMBER" => random.Next(2) == 0 ? "ARNBER" : "AM8ER",
                "Ongoing" => "0ngoing",
                "Complete" => "Cornplete",
                _ when i == 0 && cell.Contains('1', StringComparison.Ordinal) => cell.Replace('1', 'l'),
                _ when i == 0 && cell.StartsWith('0') => "O" + cell[1..],
                _ when i > 0 && cell.Length == 10 && cell[2] == '/' => cell.Replace("0", "O", StringComparison.Ordinal),
                _ => cell,
            };
            cells[i] = swapped;
        }

        return string.Join("\t", cells);
    }

    // Letters swapped for look-alikes in running text (not in the code, RAG or date cells, done by OcrValues).
    private static string Ocr(string text, Random random, double rate, bool header = false)
    {
        var builder = new StringBuilder(text.Length + 8);
        var cells = text.Split('\t');
        for (var k = 0; k < cells.Length; k++)
        {
            if (k > 0)
            {
                builder.Append('\t');
            }

            var cell = cells[k];
            var isValue = !header && (k == 0 || cell is "GREEN" or "AMBER" or "RED" || cell.Length <= 30 && k >= 3);
            for (var i = 0; i < cell.Length; i++)
            {
                var c = cell[i];
                if (isValue || random.NextDouble() >= rate)
                {
                    builder.Append(c);
                    continue;
                }

                builder.Append(c switch
                {
                    'l' => "1",
                    'I' => "l",
                    'O' => "0",
                    'o' => "0",
                    'm' => "rn",
                    'V' => header ? "/ /" : "V",
                    'E' => header ? "F" : "E",
                    _ => c.ToString(),
                });
            }
        }

        return builder.ToString();
    }

    // A page header swapped with the line before or after it, as PDF-to-text orders lines at a page break.
    private static void MoveAcrossPageBreak(List<string> lines, Random random)
    {
        var headers = Enumerable.Range(1, lines.Count - 2).Where(i => IsHeaderLike(lines[i])).ToList();
        var touched = new HashSet<int>();
        for (var n = 0; n < Math.Min(3, headers.Count); n++)
        {
            // Each line moves at most once, past one header: a continuation never lands before its deliverable.
            var i = headers[random.Next(headers.Count)];
            var j = random.Next(2) == 0 ? i - 1 : i + 1;
            if (IsHeaderLike(lines[j]) || touched.Contains(i) || touched.Contains(j) || touched.Contains(j - 1) || touched.Contains(j + 1))
            {
                continue;
            }

            touched.Add(i);
            touched.Add(j);
            (lines[i], lines[j]) = (lines[j], lines[i]);
        }
    }

    private static bool IsHeaderLike(string line) => line.Contains("SUMMARY", StringComparison.Ordinal) || line.Contains("SUMMARY", StringComparison.OrdinalIgnoreCase);
}
