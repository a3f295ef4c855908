using System.Globalization;
using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Importing;
using Nhp.Rules;
using Nhp.Text;
using NodaTime;
using NodaTime.Text;

namespace Nhp.Integrity;

/// <summary>
/// Reads a crime data integrity review from CSV: one record per line, its first field saying what the line holds.
/// Lines whose first field starts with <c>#</c> are comments.
/// </summary>
/// <remarks>
/// <para>Records (optional fields in brackets; an empty count in a flag row is zero, as a blank cell in a paper's table):</para>
/// <list type="bullet">
/// <item><c>title,&lt;text&gt;</c> (required, once)</item>
/// <item><c>sample,&lt;wording&gt;[,&lt;start yyyy-MM-dd&gt;,&lt;end yyyy-MM-dd&gt;]</c></item>
/// <item><c>overall,&lt;disclosed&gt;,&lt;recorded&gt;[,&lt;printed %&gt;,&lt;basis&gt;,&lt;margin of error as printed&gt;]</c></item>
/// <item><c>category,&lt;category&gt;,&lt;disclosed&gt;,&lt;recorded&gt;[,&lt;printed %&gt;,&lt;audits separated by ;&gt;]</c>; categories as <see cref="AuditCategory.Parse"/></item>
/// <item><c>timeliness,&lt;period&gt;,&lt;within limit&gt;,&lt;total&gt;[,&lt;printed %&gt;]</c>; the counts may be empty when a percentage is given</item>
/// <item><c>flags,&lt;period&gt;</c>, then <c>flag,&lt;flag&gt;,&lt;required and added&gt;,&lt;wrongly added&gt;,&lt;missed&gt;</c></item>
/// <item><c>equality,&lt;field&gt;,&lt;policy&gt;[,&lt;recorded&gt;,&lt;records&gt;,&lt;stated %&gt;,&lt;observation&gt;,&lt;policy note&gt;]</c>;
/// fields gender, age, ethnicity, disability, religion, sexuality; policies always, where-relevant, no-field</item>
/// <item><c>recommendation,&lt;number&gt;,&lt;text&gt;,&lt;owner&gt;,&lt;timescale&gt;[,&lt;status&gt;,&lt;owners separated by ;&gt;]</c>; status green, amber, red or empty</item>
/// <item><c>policy,&lt;target %&gt;[,&lt;amber band in points&gt;,&lt;method wilson|normal|exact&gt;,&lt;confidence %&gt;]</c></item>
/// </list>
/// <para>
/// A line that cannot be read (unknown record, missing field, a count that is not a whole number, an unknown
/// category) is left out and reported as an error finding (<see cref="CdiImportRules"/>) naming the line, the field
/// and the accepted forms; reading goes on, so every such line is reported. With no <c>title</c> line there is no
/// review (the result has no value). An empty file or broken CSV is an <see cref="NhpInputException"/>.
/// Figures that read but are wrong (more recorded than disclosed, a negative count, a flag listed twice) are kept,
/// with their line, for <see cref="CdiReview.Check"/> to report.
/// </para>
/// <para>
/// <see cref="Write"/> writes a review in this format, the <c>crime-data-integrity.csv</c> part of a dataset folder:
/// reading what it writes gives a review that writes the same text. Text is kept as read less surrounding spaces (the
/// reader trims fields), and fields are formula-guarded for spreadsheets.
/// </para>
/// </remarks>
public static class CdiReviewCsv
{
    private static readonly string[] Kinds = ["title", "sample", "overall", "category", "timeliness", "flags", "flag", "equality", "recommendation", "policy"];

    /// <summary>
    /// Writes a review in the format <see cref="Read(TextReader, string?)"/> reads: one record a line in the order
    /// title, sample, overall, category, timeliness, flags and flag, equality, recommendation, policy; a flag count of
    /// zero as <c>0</c>; <c>\n</c> line ends.
    /// </summary>
    /// <param name="review">The review.</param>
    /// <returns>The CSV text.</returns>
    public static string Write(CdiReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var csv = new System.Text.StringBuilder();
        static string N(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        static string P(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        static string T(string? text) => Csv.TextField(text);
        static string D(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : string.Empty;
        Csv.AppendRecord(csv, "title", T(review.Title));
        if (review.SamplingPeriod is { } sample)
        {
            Csv.AppendRecord(csv, "sample", T(sample.Text), D(sample.Start), D(sample.End));
        }

        if (review.StatedOverall is { } overall)
        {
            Csv.AppendRecord(csv, "overall", N(overall.Disclosed), N(overall.Recorded), P(overall.PublishedPercent), T(review.OverallBasis), T(review.PublishedMarginOfError));
        }

        foreach (var category in review.Categories)
        {
            Csv.AppendRecord(csv, "category", T(category.Category.ToString()), N(category.Disclosed), N(category.Recorded), P(category.PublishedPercent), T(string.Join("; ", category.Audits)));
        }

        foreach (var period in review.Timeliness)
        {
            Csv.AppendRecord(csv, "timeliness", T(period.Period), N(period.WithinLimit), N(period.Total), P(period.PublishedPercent));
        }

        if (review.Flags is { } flags)
        {
            Csv.AppendRecord(csv, "flags", T(flags.Period));
            foreach (var row in flags.Rows)
            {
                Csv.AppendRecord(csv, "flag", T(row.Flag.Name), N(row.RequiredAndAdded), N(row.WronglyAdded), N(row.Missed));
            }
        }

        foreach (var field in review.EqualityData)
        {
            var policy = field.Policy switch
            {
                EqualityRecordingPolicy.OnlyWhereRelevant => "where-relevant",
                EqualityRecordingPolicy.NoField => "no-field",
                _ => "always",
            };
            Csv.AppendRecord(csv, "equality", field.Field.ToString().ToLowerInvariant(), policy, N(field.Recorded?.Successes), N(field.Recorded?.Trials), P(field.StatedPercent), T(field.Observation), T(field.PolicyNote));
        }

        foreach (var recommendation in review.Recommendations)
        {
            var owners = recommendation.Owners;
            var status = recommendation.StatusText ?? (recommendation.Status == RagStatus.NotRated ? null : recommendation.Status.ToString().ToLowerInvariant());
            Csv.AppendRecord(csv, "recommendation", N(recommendation.Number), T(recommendation.Text), T(recommendation.Owner), T(recommendation.Timescale.Text), T(status),
                owners.Count == 1 && string.Equals(owners[0], recommendation.Owner, StringComparison.Ordinal) ? string.Empty : T(string.Join("; ", owners)));
        }

        if (review.Policy is { } compliance)
        {
            var method = compliance.Method switch
            {
                IntervalMethod.NormalApproximation => "normal",
                IntervalMethod.ClopperPearson => "exact",
                _ => "wilson",
            };
            Csv.AppendRecord(csv, "policy", P(Percent(compliance.Target)), P(Percent(compliance.AmberBand)), method, P(Percent(compliance.Confidence)));
        }

        return csv.ToString();
    }

    // A rate as the percentage the file holds: 0.92 as 92, to the 15 significant digits a double keeps.
    private static decimal Percent(double rate) => (decimal)rate * 100m / 1.0000000000000000000000000000m;

    /// <summary>Reads a review from a file (UTF-8). See the type's remarks for the format.</summary>
    /// <param name="path">The file; its name is the source of findings.</param>
    /// <returns>The review (none when it has no title), each item with its <see cref="SourceLocation"/>, and the findings.</returns>
    /// <exception cref="NhpInputException">The file is empty or not CSV (an unclosed quote).</exception>
    public static ImportResult<CdiReview> Read(string path) => ImportInput.FromPath(path, Read);

    /// <summary>Reads a review from a stream (UTF-8). See the type's remarks for the format.</summary>
    /// <param name="stream">The CSV; read to the end, left open.</param>
    /// <param name="source">The input's name for findings, e.g. the file name; may be null.</param>
    /// <returns>The review (none when it has no title), each item with its <see cref="SourceLocation"/>, and the findings.</returns>
    /// <exception cref="NhpInputException">The input is empty or not CSV (an unclosed quote).</exception>
    public static ImportResult<CdiReview> Read(Stream stream, string? source = null) => ImportInput.FromStream(stream, source, Read);

    /// <summary>Reads a review. See the type's remarks for the format.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The input's name for findings, e.g. the file name; may be null.</param>
    /// <returns>The review (none when it has no title), each item with its <see cref="SourceLocation"/>, and the findings.</returns>
    /// <exception cref="NhpInputException">The input is empty or not CSV (an unclosed quote).</exception>
    public static ImportResult<CdiReview> Read(TextReader reader, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string? title = null;
        SamplingPeriod? sample = null;
        AuditResult? overall = null;
        string? basis = null, margin = null;
        string? flagPeriod = null;
        CompliancePolicy? policy = null;
        var categories = new List<AuditResult>();
        var timeliness = new List<TimelinessPeriod>();
        var flags = new List<FlagAuditRow>();
        var equality = new List<EqualityFieldCompleteness>();
        var recommendations = new List<Recommendation>();
        var findings = new List<Finding>();
        var anyRecord = false;
        foreach (var record in Csv.Read(reader, source))
        {
            var at = new SourceLocation(source, record.Line);
            var fields = record.Fields.Select(Csv.Unguard).ToArray();
            var kind = fields[0].Trim().ToLowerInvariant();
            if (kind.StartsWith('#'))
            {
                continue;
            }

            anyRecord = true;
            var line = new Line(fields, at, kind);
            try
            {
                switch (kind)
                {
                    case "title":
                        title = line.Text(1, "title");
                        break;
                    case "sample":
                        sample = new SamplingPeriod(line.Text(1, "wording")) { Start = line.OptionalDate(2, "start"), End = line.OptionalDate(3, "end") };
                        break;
                    case "overall":
                        overall = new AuditResult(AuditCategory.All, line.Count(1, "disclosed"), line.Count(2, "recorded"))
                        {
                            PublishedPercent = line.OptionalPercent(3, "printed %"),
                            Location = at,
                        };
                        basis = line.OptionalText(4);
                        margin = line.OptionalText(5);
                        break;
                    case "category":
                        var category = AuditCategory.TryParse(line.Text(1, "category"), out var parsed)
                            ? parsed
                            : throw new LineException(CdiImportRules.ValueInvalidRule, $"Unknown audit category '{fields[1]}'.", at, "category", AuditCategory.AcceptedForms);
                        categories.Add(new AuditResult(category, line.Count(2, "disclosed"), line.Count(3, "recorded"))
                        {
                            PublishedPercent = line.OptionalPercent(4, "printed %"),
                            Audits = line.OptionalText(5)?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
                            Location = at,
                        });
                        break;
                    case "timeliness":
                        timeliness.Add(new TimelinessPeriod(line.Text(1, "period"))
                        {
                            WithinLimit = line.OptionalCount(2, "within limit"),
                            Total = line.OptionalCount(3, "total"),
                            PublishedPercent = line.OptionalPercent(4, "printed %"),
                            Location = at,
                        });
                        break;
                    case "flags":
                        flagPeriod = line.Text(1, "period");
                        break;
                    case "flag":
                        flags.Add(new FlagAuditRow(
                            CrimeFlag.Named(line.OptionalText(1) ?? throw new LineException(CdiImportRules.FieldMissingRule, "A 'flag' line needs the flag's name in field 2.", at, "flag", ["Hate", "Business", "HBA"])),
                            line.OptionalCount(2, "required and added") ?? 0,
                            line.OptionalCount(3, "wrongly added") ?? 0,
                            line.OptionalCount(4, "missed") ?? 0) { Location = at });
                        break;
                    case "equality":
                        var recorded = line.OptionalCount(3, "recorded");
                        var records = line.OptionalCount(4, "records");
                        equality.Add(new EqualityFieldCompleteness(line.EqualityField(1), line.Policy(2))
                        {
                            Recorded = recorded is { } r && records is { } n && n >= 1 && r >= 0 && r <= n ? new Proportion(r, n)
                                : recorded is null && records is null ? null
                                : throw new LineException(CdiImportRules.ValueInvalidRule, string.Create(CultureInfo.InvariantCulture, $"{recorded?.ToString(CultureInfo.InvariantCulture) ?? "(missing)"} records with the field of {records?.ToString(CultureInfo.InvariantCulture) ?? "(missing)"} examined is impossible: give both, with at least one record and no more with the field than examined."), at, "recorded", ["1200,1300"]),
                            StatedPercent = line.OptionalPercent(5, "stated %"),
                            Observation = line.OptionalText(6),
                            PolicyNote = line.OptionalText(7),
                            Location = at,
                        });
                        break;
                    case "recommendation":
                        var owners = line.OptionalText(6)?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                        var status = line.Status(5);
                        recommendations.Add(new Recommendation(line.Count(1, "number"), line.Text(2, "text"), line.Text(3, "owner"), Target.Parse(line.Raw(4, "timescale")))
                        {
                            Owners = owners is { Length: > 0 } ? owners : null!,
                            Status = status.Status,
                            StatusText = status.Text,
                            Location = at,
                        });
                        break;
                    case "policy":
                        policy = line.Policy();
                        break;
                    default:
                        throw new LineException(CdiImportRules.RecordUnknownRule, $"Unknown record '{fields[0]}'.", at, "record", Kinds);
                }
            }
            catch (LineException problem)
            {
                findings.Add(problem.ToFinding(source ?? "review"));
            }
        }

        if (!anyRecord)
        {
            throw new NhpInputException(
                "The file is empty: expected a crime data integrity review, one record a line, starting with 'title,<text>'.",
                new SourceLocation(source, null), null, ["title,Crime Data Integrity Review"]);
        }

        if (title is null)
        {
            findings.Add(CdiImportRules.TitleMissingRule.Finding(source ?? "review", "title",
                "The review has no title line, so no review was imported; start the file with 'title,<text>', e.g. 'title,Crime Data Integrity Review'.",
                new SourceLocation(source, null)));
            return new ImportResult<CdiReview>(null, findings, source);
        }

        var review = new CdiReview(title)
        {
            SamplingPeriod = sample,
            StatedOverall = overall,
            OverallBasis = basis,
            PublishedMarginOfError = margin,
            Categories = categories,
            Timeliness = timeliness,
            Flags = flagPeriod is null && flags.Count == 0 ? null : new FlagAudit(flagPeriod ?? string.Empty, flags),
            EqualityData = equality,
            Recommendations = recommendations,
            Policy = policy,
        };
        return new ImportResult<CdiReview>(review, findings, source);
    }

    // A line that cannot be read: reported as a finding of its rule, and the line is skipped.
    private sealed class LineException(RuleDescriptor rule, string message, SourceLocation at, string field, IReadOnlyList<string>? accepted = null) : Exception(message)
    {
        public Finding ToFinding(string subject)
        {
            var forms = accepted is { Count: > 0 } ? " Accepted forms: " + string.Join(", ", accepted) + "." : string.Empty;
            return rule.Finding(subject, field, Message + forms + " The line was not read.", at);
        }
    }

    private readonly record struct Line(string[] Fields, SourceLocation At, string Kind)
    {
        public string Raw(int index, string name) =>
            index < Fields.Length ? Fields[index] : throw new LineException(CdiImportRules.FieldMissingRule, $"A '{Kind}' line needs a {name} in field {index + 1}.", At, name);

        public string Text(int index, string name) => Raw(index, name).Trim();

        public string? OptionalText(int index) => index < Fields.Length && !string.IsNullOrWhiteSpace(Fields[index]) ? Fields[index].Trim() : null;

        public int Count(int index, string name) => OptionalCount(index, name)
            ?? throw new LineException(CdiImportRules.FieldMissingRule, $"A '{Kind}' line needs a whole number for {name} in field {index + 1}.", At, name, ["0", "177"]);

        public int? OptionalCount(int index, string name)
        {
            var text = OptionalText(index);
            if (text is null)
            {
                return null;
            }

            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                throw new LineException(CdiImportRules.ValueInvalidRule, $"'{text}' is not a whole number ({name}).", At, name, ["0", "177"]);
            }

            // Totals add the rows up; a count beyond any audit would overflow them.
            return Math.Abs(value) <= ImportLimits.MaxCount
                ? value
                : throw new LineException(CdiImportRules.ValueInvalidRule, string.Create(CultureInfo.InvariantCulture, $"'{text}' is too large for {name}: counts are at most {ImportLimits.MaxCount:N0}."), At, name, ["0", "177"]);
        }

        public decimal? OptionalPercent(int index, string name)
        {
            var text = OptionalText(index)?.TrimEnd('%').Trim();
            if (text is null)
            {
                return null;
            }

            return decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new LineException(CdiImportRules.ValueInvalidRule, $"'{Fields[index]}' is not a percentage ({name}).", At, name, ["90.4", "90.4%"]);
        }

        public LocalDate? OptionalDate(int index, string name)
        {
            var text = OptionalText(index);
            if (text is null)
            {
                return null;
            }

            var result = LocalDatePattern.Iso.Parse(text);
            return result.Success ? result.Value : throw new LineException(CdiImportRules.ValueInvalidRule, $"'{text}' is not a date ({name}).", At, name, ["2023-12-31"]);
        }

        public EqualityField EqualityField(int index)
        {
            var text = Text(index, "field");
            return Enum.TryParse<EqualityField>(text, ignoreCase: true, out var field) && Enum.IsDefined(field) && !char.IsDigit(text[0])
                ? field
                : throw new LineException(CdiImportRules.ValueInvalidRule, $"Unknown equality field '{text}'.", At, "field", ["gender", "age", "ethnicity", "disability", "religion", "sexuality"]);
        }

        public EqualityRecordingPolicy Policy(int index) => Text(index, "policy").ToLowerInvariant() switch
        {
            "always" => EqualityRecordingPolicy.Always,
            "where-relevant" => EqualityRecordingPolicy.OnlyWhereRelevant,
            "no-field" => EqualityRecordingPolicy.NoField,
            var other => throw new LineException(CdiImportRules.ValueInvalidRule, $"Unknown recording policy '{other}'.", At, "policy", ["always", "where-relevant", "no-field"]),
        };

        public (RagStatus Status, string? Text) Status(int index)
        {
            var text = OptionalText(index);
            if (text is null)
            {
                return (RagStatus.NotRated, null);
            }

            return RagKey.TryParse(text, out var status)
                ? (status, text)
                : throw new LineException(CdiImportRules.ValueInvalidRule, $"Unknown status '{text}'.", At, "status", ["green", "amber", "red", "(empty: not rated)"]);
        }

        public CompliancePolicy Policy()
        {
            var target = OptionalPercent(1, "target %") ?? throw new LineException(CdiImportRules.FieldMissingRule, "A 'policy' line needs a target percentage in field 2.", At, "target %", ["92", "95"]);
            var band = OptionalPercent(2, "amber band");
            var confidence = OptionalPercent(4, "confidence %");
            var method = OptionalText(3)?.ToLowerInvariant() switch
            {
                null or "wilson" => IntervalMethod.Wilson,
                "normal" => IntervalMethod.NormalApproximation,
                "exact" => IntervalMethod.ClopperPearson,
                var other => throw new LineException(CdiImportRules.ValueInvalidRule, $"Unknown interval method '{other}'.", At, "method", ["wilson", "normal", "exact"]),
            };
            if (target is <= 0m or > 100m || band is < 0m or > 100m || confidence is <= 0m or >= 100m)
            {
                throw new LineException(CdiImportRules.ValueInvalidRule, "The policy's target must be above 0 and at most 100, its amber band 0 to 100 points, and its confidence strictly between 0 and 100.", At, "policy", ["policy,92,5,wilson,95"]);
            }

            return new CompliancePolicy
            {
                Target = (double)target / 100.0,
                AmberBand = (double)(band ?? 5m) / 100.0,
                Method = method,
                Confidence = (double)(confidence ?? 95m) / 100.0,
            };
        }
    }
}
