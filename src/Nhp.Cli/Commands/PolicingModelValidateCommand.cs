using Nhp.Engagement;
using Nhp.Findings;
using Nhp.Policing;

namespace Nhp.Cli.Commands;

/// <summary><c>nhp policing-model validate</c>, which can also check an engagement file's clusters against the model.</summary>
internal sealed class PolicingModelValidateCommand() : OrganisationValidateCommand<PolicingModel>(OrganisationFiles.PolicingModel)
{
    public override string Usage => base.Usage.Replace(
        "  --json    Print the findings as JSON instead (format nhp-findings, docs/findings.schema.json).",
        "  --json               Print the findings as JSON instead (format nhp-findings, docs/findings.schema.json).\n  --engagement <file>  Also check this engagement file's clusters and wards against the model's.",
        StringComparison.Ordinal);

    protected override IReadOnlyList<string> ValueOptions => ["--engagement"];

    protected override IEnumerable<Finding> MoreFindings(PolicingModel value, Arguments arguments, CliContext context)
    {
        if (arguments.Option("--engagement") is not { } path)
        {
            return [];
        }

        using var stream = File.OpenRead(context.ResolvePath(path));
        var (engagement, findings) = ImportOutput.WithChecks(EngagementJson.Read(stream, path), context, _ => []);
        return [.. findings, .. PolicingModelRules.Check(value, engagement).Select(f => f with { Location = new SourceLocation(path, null) })];
    }
}
