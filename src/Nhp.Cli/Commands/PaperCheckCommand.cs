using Nhp.Committees;
using Nhp.Findings;
using Nhp.Reporting.Word.Importing;

namespace Nhp.Cli.Commands;

/// <summary><c>nhp paper check FILE.docx</c>: reads a committee paper from Word and runs the paper rules.</summary>
internal sealed class PaperCheckCommand : ICommand
{
    public string Name => "paper check";

    public string Summary => "Read a committee paper (.docx) and check it with the paper rules.";

    public string Usage =>
        """
        Usage: nhp paper check <file.docx>

        Reads the paper's front sheet (the table that starts "Committee(s):") and its Summary,
        Recommendation(s), Main Report, Appendices and Contact sections, then runs the paper rules
        (no recommendation, a public paper with a non-public appendix, funding questions unanswered,
        a summary longer than a page, an undated paper). Findings go to standard output, one a line;
        the exit code is 1 when there are any, 2 when the file is not a Word document.

        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = Arguments.Parse(args, []);
        arguments.ExpectPositionals(1, 1, "file");
        var file = arguments.Positionals[0];
        var read = PaperWordReader.Read(context.ResolvePath(file));
        var findings = new List<Finding>(read.Findings);
        if (read.Value is { } paper)
        {
            findings.AddRange(PaperRules.Check(new PaperCheck(paper, _ => new SourceLocation(Path.GetFileName(file), null))));
            context.Out.Write($"{paper.Title} ({paper.FrontSheet.Reference ?? "no reference"}): {findings.Count} finding(s)\n");
        }

        foreach (var finding in findings)
        {
            context.Out.Write(finding + "\n");
        }

        return findings.Count > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }
}
