using Nhp.Datasets;
using Nhp.Findings;
using Nhp.Frameworks;
using Nhp.Policing;
using Nhp.ProblemSolving;
using Nhp.Reporting.Frameworks;
using Nhp.Reporting.Policing;
using Nhp.Reporting.ProblemSolving;

namespace Nhp.Cli.Commands;

/// <summary>The file kinds of the problem-solving, framework and policing-model commands.</summary>
internal static class OrganisationFiles
{
    public static OrganisationFile<ProblemSolvingRegister> ProblemSolving { get; } = new(
        "problem-solving",
        "problem-solving register",
        """
        The file is JSON: "format": "nhp-problem-solving", "version": 1, asOf (the date the register is
        judged at), reviewEveryMonths (default 3) and plans, each with reference, title, method (sara or
        osara), area, crimeTypes, owner, partners, opened, stages (stage, text, date), reviews, status (open or
        closed), closed, evaluation and lessons. docs/problem-solving.schema.json is the schema;
        samples/organisation/problem-solving-register.json is an example.

        """,
        (stream, source, _, _) => ProblemSolvingJson.Read(stream, source),
        ProblemSolvingRules.Check,
        (register, name) => new NhpDataset { Name = register.Name ?? name, Sources = [], ProblemSolving = register },
        () => new ProblemSolvingReport());

    public static OrganisationFile<FrameworkAssessments> Framework { get; } = new(
        "framework",
        "framework assessment",
        """
        The file is JSON: "format": "nhp-framework-assessment", "version": 1, framework (name, source, pillars
        with name, purpose and statements of id and text), scale (levels, lowest first; default not started,
        developing, established, embedded) and assessments (unit, date, assessedBy, ratings of statement,
        level and evidence). docs/framework-assessment.schema.json is the schema;
        samples/organisation/four-pillars-assessment.json is an example with the four pillars.

        """,
        (stream, source, _, _) => FrameworkJson.Read(stream, source),
        FrameworkRules.Check,
        (data, name) => new NhpDataset { Name = name, Sources = [], Framework = data },
        () => new FrameworkAssessmentReport());

    public static OrganisationFile<PolicingModel> PolicingModel { get; } = new(
        "policing-model",
        "policing model",
        """
        The file is JSON: "format": "nhp-policing-model", "version": 1, name, asOf, goLive, places (wards,
        sectors, clusters with their wards), units (name, kind: command, sector, hub or team, sector, partOf,
        lead, taskable, themes, staffing of role, establishment and strength), posts, results (activity,
        qualifier, count, since, asOf), reviews, successes and challenges. docs/policing-model.schema.json is
        the schema; samples/organisation/policing-model.json is an example.

        """,
        (stream, source, _, _) => PolicingModelJson.Read(stream, source),
        PolicingModelRules.Check,
        (model, name) => new NhpDataset { Name = model.Name, Sources = [], PolicingModel = model },
        () => new PolicingModelReport());
}
