using Nhp.Cli.Files;
using Nhp.Committees;
using Nhp.Findings;
using Nhp.Reporting.Word.Importing;

namespace Nhp.Cli.Commands;

/// <summary>
/// <c>nhp paper check FILE</c>: reads committee papers from a Word document or a text export (a paper or a whole
/// pack) and runs the paper rules on each.
/// </summary>
internal sealed class PaperCheckCommand : ICommand
{
    public string Name => "paper check";

    public string Summary => "Read committee papers (.docx, or a text export of a paper or a pack) and check them with the paper rules.";

    public string Usage =>
        """
        Usage: nhp paper check <file>

        Reads the paper's front sheet (the table that starts "Committee(s):") and its Summary,
        Recommendation(s), Main Report, Appendices and Contact sections, then runs the paper rules
        (no recommendation, a public paper with a non-public appendix, funding questions unanswered,
        a summary longer than a page, an undated paper).

        The file is a Word document (.docx) or a text export (any other file that is not a zip): a paper, or a
        pack whose papers each open with their front sheet; every paper in it is checked, and
        findings give the line they are about. Findings go to standard output, each paper's after a
        line naming it; the exit code is 1 when there are any, 2 when the file cannot be read.

        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = Arguments.Parse(args, []);
        arguments.ExpectPositionals(1, 1, "file");
        var file = arguments.Positionals[0];
        var full = InputFiles.Check(context, file);
        var name = Path.GetFileName(file);
        var word = IsZip(full) || Path.GetExtension(file).StartsWith(".doc", StringComparison.OrdinalIgnoreCase);
        var (papers, readFindings) = word ? Word(full, name) : Text(full, name);
        var count = readFindings.Count;
        foreach (var finding in readFindings)
        {
            context.Out.Write(finding + "\n");
        }

        foreach (var located in papers)
        {
            var findings = PaperRules.Check(located.ToCheck());
            count += findings.Count;
            var paper = located.Paper;
            var at = located.Start.Line is null ? string.Empty : " at " + located.Start;
            context.Out.Write($"{paper.Title} ({paper.FrontSheet.Reference ?? "no reference"}){at}: {findings.Count} finding(s)\n");
            foreach (var finding in findings)
            {
                context.Out.Write(finding + "\n");
            }
        }

        return count > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static (IReadOnlyList<LocatedPaper> Papers, IReadOnlyList<Finding> Findings) Word(string path, string name)
    {
        using var stream = File.OpenRead(path);
        var read = PaperWordReader.Read(stream, name);
        var papers = read.Value is { } paper ? [new LocatedPaper(paper, new SourceLocation(name, null), new Dictionary<string, SourceLocation>())] : Array.Empty<LocatedPaper>();
        return (papers, read.Findings);
    }

    private static (IReadOnlyList<LocatedPaper> Papers, IReadOnlyList<Finding> Findings) Text(string path, string name)
    {
        using var stream = File.OpenRead(path);
        var read = PaperText.Read(stream, name);
        return (read.Value ?? [], read.Findings);
    }

    // A .docx is a zip package: it starts with "PK\x03\x04", whatever the file is called.
    private static bool IsZip(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[4];
        return stream.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && head.SequenceEqual("PK\u0003\u0004"u8);
    }
}
