using System.Globalization;
using Nhp.Findings;
using Nhp.Governance;
using Nhp.Governance.Inspections;
using Nhp.Governance.Peel;
using Nhp.Governance.References;
using Nhp.Governance.Tables;
using Nhp.Governance.Workforce;
using NodaTime;
using NodaTime.Text;

namespace Nhp.Datasets.CityOfLondon;

/// <summary>Builds the governance part of the City of London dataset from the papers of 22 February 2024.</summary>
internal static class CityOfLondonGovernance
{
    public static GovernanceData Build() => new()
    {
        InspectionActions = InspectionActions(),
        ModernSlavery = ModernSlavery(),
        OutstandingReferences = OutstandingReferences(),
        Peel = Peel(),
        Workforce = new WorkforceDiversity { Profile = Workforce() },
    };

    // "HMICFRS Update on PEEL Inspection 'Requires Improvements'" (Pol 22-24): each area as printed with its paragraphs
    // of progress. The links of the three neighbourhood-policing areas to deliverables are data, chosen by subject
    // (see Resources/README.md); nothing is matched by wording.
    internal static PeelUpdate Peel()
    {
        const string name = EmbeddedResources.PeelUpdateFebruary2024;
        using var reader = EmbeddedResources.Open(name);
        return DefaultDataset.Cleanly(PeelJson.Read(reader, name));
    }

    // Deliverable 4.14's "current HR diversity data for 'P&P teams' officers and staff" (January 2024), each share with
    // the words it was printed in. The paper prints no census figures, so no population is shipped to compare with.
    internal static DiversityProfile Workforce()
    {
        const string name = EmbeddedResources.WorkforceJanuary2024;
        using var reader = EmbeddedResources.Open(name);
        return DefaultDataset.Cleanly(DiversityProfileJson.Read(reader, name));
    }

    // "Outstanding References" of the Strategic Planning and Performance Committee, 22 February 2024, as printed.
    internal static OutstandingReferenceList OutstandingReferences()
    {
        const string name = EmbeddedResources.OutstandingReferences;
        using var reader = EmbeddedResources.Open(name);
        var import = OutstandingReferencesText.Read(reader, name, "Strategic Planning and Performance Committee", new LocalDate(2024, 2, 22));
        return import is { HasErrors: false, Value: { } list } ? list : throw new InvalidOperationException($"The embedded {name} did not import cleanly.");
    }

    // "Modern Day Slavery and Human Trafficking update" (Pol 25-24): the three tables of paragraph 19 as exported, read
    // by the general text table reader, and the statements of the text that can be checked against them.
    internal static TableSet ModernSlavery()
    {
        static CrossTab Table(string name, string id, string title, string rows, string columns)
        {
            using var reader = EmbeddedResources.Open(name);
            var import = TextTableReader.Read(reader, name, new TextTableOptions { Id = id, Title = title, RowDimension = rows, ColumnDimension = columns });
            return import is { HasErrors: false, Value: { } table } ? table : throw new InvalidOperationException($"The embedded {name} did not import cleanly: " + string.Join("; ", import.Findings));
        }

        static IReadOnlyList<string> Labels(string text) => text == "*" ? [] : text.Split(';');
        const string statements = EmbeddedResources.ModernSlaveryStatements;
        return new TableSet(
            "Modern Day Slavery and Human Trafficking update",
            [
                Table(EmbeddedResources.ModernSlaveryByAge, "victims-by-age", "Victims by sex and age band", "Sex", "Age band"),
                Table(EmbeddedResources.ModernSlaveryByEthnicity, "victims-by-ethnicity", "Victims by sex and ethnicity", "Sex", "Ethnicity"),
                Table(EmbeddedResources.ModernSlaveryOutcomes, "outcomes", "Outcomes by year", "Outcome", "Year"),
            ],
            [.. EmbeddedResources.Rows(statements, '\t', 8).Skip(1).Select(r => new TableStatement
            {
                TableId = r.Fields[0],
                Numerator = new CellSelection(Labels(r.Fields[1]), Labels(r.Fields[2])),
                Denominator = r.Fields[3] == "-" ? null : new CellSelection(Labels(r.Fields[3]), Labels(r.Fields[4])),
                PrintedPercent = r.Fields[5].Length == 0 ? null : decimal.Parse(r.Fields[5], CultureInfo.InvariantCulture),
                PercentDecimals = r.Fields[5].Contains('.', StringComparison.Ordinal) ? r.Fields[5].Length - r.Fields[5].IndexOf('.', StringComparison.Ordinal) - 1 : 0,
                PrintedCount = r.Fields[6].Length == 0 ? null : int.Parse(r.Fields[6], CultureInfo.InvariantCulture),
                Text = r.Fields[7],
                Location = new SourceLocation(statements, r.Line),
            })])
        {
            Period = "5 years (Jan 2019 \u2013 Dec 2023). This data covers HO recordable crimes and does not include incidents.",
        };
    }

    // "Quarterly HMICFRS Inspections Update" (Pol 21-24): the printed figures with the words they were printed in.
    // The paper gives no register, so only the printed figures are known. The cut-off is 1 April 2023, the day the
    // board was formed: "prior to March 2023" and "post March 2023" leave March itself open, and the 58 historic
    // actions still open are exactly the 200 open at the board's formation less the 142 closed.
    internal static InspectionActionsUpdate InspectionActions()
    {
        const string name = EmbeddedResources.HmicfrsActionsFebruary2024;
        var rows = EmbeddedResources.Rows(name, '\t', 3).Skip(1).ToArray();
        (int Line, string Value, string Text) One(string key) => rows.Where(r => r.Fields[0] == key).Select(r => (r.Line, r.Fields[1], r.Fields[2])).Single();
        PrintedFigure Figure(string key)
        {
            var (line, value, text) = One(key);
            return new PrintedFigure(int.Parse(value, CultureInfo.InvariantCulture), text, new SourceLocation(name, line));
        }

        static LocalDate Date(string value) => LocalDatePattern.Iso.Parse(value).GetValueOrThrow();
        return new InspectionActionsUpdate
        {
            Title = One("title").Value,
            Start = Date(One("start").Value),
            StartText = One("start-text").Value,
            AsOf = Date(One("as-of").Value),
            HistoricCutOff = Date(One("cut-off").Value),
            HistoricCutOffText = One("cut-off").Text,
            Printed = new PrintedActionSummary
            {
                OpenAtStart = Figure("open-at-start"),
                Closed = Figure("closed"),
                New = Figure("new"),
                OpenAtEnd = Figure("open"),
                OpenHistoric = Figure("open-historic"),
                OpenNew = Figure("open-new"),
                OpenForceSpecific = Figure("open-force-specific"),
                OpenNational = Figure("open-national"),
            },
            Upcoming = [.. rows.Where(r => r.Fields[0] == "upcoming").Select(r => r.Fields[2])],
        };
    }
}
