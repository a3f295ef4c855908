using System.Globalization;
using System.Text;
using System.Text.Json;
using Nhp.Findings;
using Nhp.Metrics.Spc;

namespace Nhp.Cli.Commands;

/// <summary><c>nhp spc</c>: statistical process control of one series of numbers.</summary>
internal sealed class SpcCommand : ICommand
{
    private static readonly string[] NumberForms = ["12", "12.5", "-3", "1e3", "NA or an empty item for a missing value"];

    /// <summary>The format of the JSON output (<c>docs/spc.schema.json</c>).</summary>
    public const string Format = "nhp-spc";

    public string Name => "spc";

    public string Summary => "Statistical process control of a series: limits and signals (sd2, nhs, anhoej).";

    public IReadOnlyList<CommandOption> Options => CommandOption.WithValues(
        CommandOption.WithValues(CommandOption.FromUsage(Usage), "--method", "sd2", "nhs", "anhoej"), "--improvement", "increase", "decrease", "neutral");

    public string Usage =>
        """
        Usage: nhp spc --method sd2|nhs|anhoej [options] [--values 1,2,3 | --file F]

        Computes the centre line, control limits and special-cause signals of a series of numbers.
        Values come from --values (comma-separated), --file (one value per line) or standard input
        (one value per line). Numbers use a dot for decimals; NA or an empty item is a missing value.

        Methods:
          sd2      the performance paper's rules: mean ± 2 standard deviations; 7 points on one side
                   of the mean; 7 successive increases.
          nhs      NHS "Making Data Count" XmR (as NHSRplotthedots): mean ± 2.66 × mean moving range.
          anhoej   qicharts2 I chart: mean ± 3 × mean moving range / 1.128, with Anhøj runs rules.

        Options:
          --method <m>          sd2, nhs or anhoej (required).
          --screen true|false   Drop moving ranges ≥ 3.267 × their mean (nhs, anhoej). Default true.
          --improvement <d>     increase, decrease or neutral (nhs point types). Default neutral.
          --target <x>          A target, for the nhs assurance icon.
          --values <list>       The values, comma-separated.
          --file <path>         A file with one value per line.
          --json                Write JSON instead of a table (format nhp-spc, docs/spc.schema.json).
          --chart <path>        Also write the SPC chart as an SVG file (no script; the points are
                                labelled by their position in the series).
          --title <text>        The chart's title. Default "SPC chart".

        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = Arguments.Parse(args, ["--method", "--screen", "--improvement", "--target", "--values", "--file", "--chart", "--title"], ["--json"]);
        arguments.ExpectPositionals(0, 0, "arguments");
        var method = arguments.RequiredOption("--method") switch
        {
            "sd2" => SpcMethod.Sd2,
            "nhs" => SpcMethod.Nhs,
            "anhoej" => SpcMethod.Anhoej,
            var other => throw new UsageException($"Unknown method '{other}'; use sd2, nhs or anhoej."),
        };
        var screen = arguments.Option("--screen") switch
        {
            null or "true" => true,
            "false" => false,
            var other => throw new UsageException($"--screen takes true or false, not '{other}'."),
        };
        var improvement = arguments.Option("--improvement") switch
        {
            null or "neutral" => ImprovementDirection.Neutral,
            "increase" => ImprovementDirection.Increase,
            "decrease" => ImprovementDirection.Decrease,
            var other => throw new UsageException($"--improvement takes increase, decrease or neutral, not '{other}'."),
        };
        double? target = null;
        if (arguments.Option("--target") is { } targetText)
        {
            target = double.TryParse(targetText, NumberStyles.Float, CultureInfo.InvariantCulture, out var t) && Math.Abs(t) <= MaxMagnitude
                ? t
                : throw new UsageException($"--target takes a number such as 95 or 85.5, not '{targetText}'.");
        }

        if (arguments.Option("--values") is not null && arguments.Option("--file") is not null)
        {
            throw new UsageException("Give the values with --values or --file, not both.");
        }

        var values = ReadValues(arguments, context);
        var result = SpcAnalysis.Analyse(values, new SpcOptions(method, screen, improvement, target));
        if (new[] { result.Centre, result.LowerLimit, result.UpperLimit }.Any(v => v is { } x && !double.IsFinite(x)))
        {
            // Never print infinity or NaN as a result: the values are beyond what the arithmetic can hold.
            throw new NhpInputException("The values are too far apart for the limits to be computed; give values between -1e15 and 1e15.", new SourceLocation("--values", null), acceptedForms: NumberForms);
        }
        context.Out.Write(arguments.Flag("--json") ? Json(result) : Table(result));
        if (arguments.Option("--chart") is { } chart)
        {
            var present = values.Select((v, i) => (Value: v, Position: i + 1)).Where(p => p.Value is not null).ToArray();
            if (present.Length == 0)
            {
                throw new NhpInputException("There is no value to chart.", new SourceLocation(arguments.Option("--file") ?? "--values", null), acceptedForms: NumberForms);
            }

            var svg = Nhp.Reporting.Charts.SpcChart.Svg(
                [.. present.Select(p => p.Value!.Value)],
                result,
                new Nhp.Reporting.Charts.SpcChartOptions
                {
                    Title = arguments.Option("--title") ?? "SPC chart",
                    Labels = [.. present.Select(p => p.Position.ToString(CultureInfo.InvariantCulture))],
                });
            OutputFiles.WriteText(context, chart, svg, arguments.Option("--file") is { } input ? [input] : []);
            context.Error.Write($"wrote {Messages.OneLine(chart)}\n");
        }
        if (!result.HasEnoughData)
        {
            context.Error.Write("nhp spc: not enough data: " + result.NotEnoughDataReason + "\n");
        }

        return ExitCodes.Success;
    }

    private static List<double?> ReadValues(Arguments arguments, CliContext context)
    {
        if (arguments.Option("--values") is { } list)
        {
            var items = list.Split(',');
            var values = new List<double?>(items.Length);
            for (var i = 0; i < items.Length; i++)
            {
                values.Add(ParseValue(items[i], string.Create(CultureInfo.InvariantCulture, $"--values item {i + 1}"), null));
            }

            return values;
        }

        if (arguments.Option("--file") is { } file)
        {
            var path = Files.InputFiles.Check(context, file, "--file");
            using var reader = File.OpenText(path);
            return ReadLines(reader, Path.GetFileName(path));
        }

        return ReadLines(context.In, "standard input");
    }

    private static List<double?> ReadLines(TextReader reader, string source)
    {
        var values = new List<double?>();
        var line = 0;
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            line++;
            if (text.Trim().Length == 0)
            {
                continue;
            }

            values.Add(ParseValue(text, source, line));
        }

        return values;
    }

    private const double MaxMagnitude = 1e15;

    private static double? ParseValue(string text, string source, int? line)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed == "NA")
        {
            return null;
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            // Squares and sums of larger values overflow to infinity or lose every digit of the limits.
            return Math.Abs(value) <= MaxMagnitude
                ? value
                : throw new NhpInputException(
                    $"{Messages.Quote(trimmed)} is too large: values must be between -1e15 and 1e15 for the limits to be computed exactly enough.",
                    new SourceLocation(source, line), acceptedForms: NumberForms);
        }

        throw new NhpInputException($"{Messages.Quote(trimmed)} is not a number.", new SourceLocation(source, line), acceptedForms: NumberForms);
    }

    private static string MethodId(SpcMethod method) => method switch
    {
        SpcMethod.Sd2 => "sd2",
        SpcMethod.Nhs => "nhs",
        _ => "anhoej",
    };

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Table(SpcResult result)
    {
        var text = new StringBuilder();
        text.Append("method: ").Append(MethodId(result.Method)).Append('\n');
        if (!result.HasEnoughData)
        {
            text.Append("not enough data: ").Append(result.NotEnoughDataReason).Append('\n');
            return text.ToString();
        }

        text.Append("centre: ").Append(Number(result.Centre!.Value)).Append('\n');
        text.Append("lower limit: ").Append(Number(result.LowerLimit!.Value)).Append('\n');
        text.Append("upper limit: ").Append(Number(result.UpperLimit!.Value)).Append('\n');
        if (result.Runs is { } runs)
        {
            text.Append(CultureInfo.InvariantCulture, $"runs: useful points {runs.UsefulPoints}, longest run {runs.LongestRun} (limit {runs.LongestRunLimit}), crossings {runs.Crossings} (minimum {runs.CrossingsMinimum}), signal {(runs.Signal ? "yes" : "no")}\n");
        }

        if (result.Variation is { } variation)
        {
            text.Append("variation: ").Append(SpcSignalIds.PointTypeId(variation)).Append('\n');
        }

        if (result.Assurance is { } assurance)
        {
            text.Append("assurance: ").Append(SpcSignalIds.AssuranceId(assurance)).Append('\n');
        }

        if (result.IsTrial)
        {
            text.Append(CultureInfo.InvariantCulture, $"warning: fewer than {result.Options.MinimumPointsForLimits} points; the limits are trial limits.\n");
        }

        text.Append("index\tvalue\tsignals").Append(result.Method == SpcMethod.Nhs ? "\tpointType" : string.Empty).Append('\n');
        foreach (var point in result.Points)
        {
            text.Append(point.Index.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(Number(point.Value)).Append('\t')
                .Append(string.Join(',', SpcSignalIds.Ids(point.Signals)));
            if (point.PointType is { } type)
            {
                text.Append('\t').Append(SpcSignalIds.PointTypeId(type));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Json(SpcResult result)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Nhp.Serialization.NhpJson.WriterOptions))
        {
            json.WriteStartObject();
            JsonOutput.WriteHeader(json, Format);
            json.WriteString("method", MethodId(result.Method));
            if (!result.HasEnoughData)
            {
                json.WriteString("notEnoughData", result.NotEnoughDataReason);
                json.WriteNull("centre");
                json.WriteNull("lowerLimit");
                json.WriteNull("upperLimit");
                json.WriteStartArray("points");
                json.WriteEndArray();
            }
            else
            {
                json.WriteNumber("centre", result.Centre!.Value);
                json.WriteNumber("lowerLimit", result.LowerLimit!.Value);
                json.WriteNumber("upperLimit", result.UpperLimit!.Value);
                json.WriteStartArray("points");
                foreach (var point in result.Points)
                {
                    json.WriteStartObject();
                    json.WriteNumber("index", point.Index);
                    json.WriteNumber("value", point.Value);
                    json.WriteStartArray("signals");
                    foreach (var id in SpcSignalIds.Ids(point.Signals))
                    {
                        json.WriteStringValue(id);
                    }

                    json.WriteEndArray();
                    if (point.PointType is { } type)
                    {
                        json.WriteString("pointType", SpcSignalIds.PointTypeId(type));
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            if (result.Method == SpcMethod.Anhoej && result.Runs is { } runs)
            {
                json.WriteStartObject("runs");
                json.WriteNumber("usefulPoints", runs.UsefulPoints);
                json.WriteNumber("longestRun", runs.LongestRun);
                json.WriteNumber("longestRunLimit", runs.LongestRunLimit);
                json.WriteNumber("crossings", runs.Crossings);
                json.WriteNumber("crossingsMinimum", runs.CrossingsMinimum);
                json.WriteBoolean("signal", runs.Signal);
                json.WriteEndObject();
            }

            if (result.Method == SpcMethod.Nhs && result.HasEnoughData)
            {
                json.WriteString("variation", SpcSignalIds.PointTypeId(result.Variation!.Value));
                if (result.Assurance is { } assurance)
                {
                    json.WriteString("assurance", SpcSignalIds.AssuranceId(assurance));
                }
                else
                {
                    json.WriteNull("assurance");
                }

                json.WriteBoolean("shortBaseline", result.IsTrial);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }
}
