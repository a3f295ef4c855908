using System.Globalization;
using System.Text;
using System.Text.Json;
using Nhp.Integrity;

namespace Nhp.Cli.Commands;

/// <summary><c>nhp cdi interval</c>: a compliance rate with its confidence interval.</summary>
internal sealed class CdiIntervalCommand : ICommand
{
    /// <summary>The format of the JSON output (<c>docs/cdi-interval.schema.json</c>).</summary>
    public const string Format = "nhp-cdi-interval";

    public string Name => "cdi interval";

    public string Summary => "A crime-recording compliance rate with its confidence interval and margin of error.";

    public IReadOnlyList<CommandOption> Options => CommandOption.WithValues(CommandOption.FromUsage(Usage), "--method", "wilson", "normal", "exact");

    public string Usage =>
        """
        Usage: nhp cdi interval --recorded <R> --disclosed <D> [--method wilson|normal|exact] [--confidence 0.95] [--json]

        Prints R/D as a rate with a confidence interval for the true compliance rate.

        Options:
          --recorded <R>       Crimes correctly recorded: a whole number from 0 to D.
          --disclosed <D>      Crimes disclosed (audited): a whole number, at least 1.
          --method <m>         wilson (default; Wilson score), normal (normal approximation, the usual
                               "margin of error") or exact (Clopper-Pearson).
          --confidence <c>     The confidence level, strictly between 0 and 1 (default 0.95); 95% is also accepted.
          --json               Print JSON: rate, lower, upper, marginOfError, method, confidence
                               (format nhp-cdi-interval, docs/cdi-interval.schema.json).

        The margin of error is z·√(p(1 − p)/n) at the confidence level (the normal approximation), whatever the
        interval's method: the "±" a paper quotes, and the figure the crime-data-integrity report prints.

        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = Arguments.Parse(args, ["--recorded", "--disclosed", "--method", "--confidence"], ["--json"]);
        arguments.ExpectPositionals(0, 0, "arguments");
        var recorded = Count(arguments.RequiredOption("--recorded"), "--recorded");
        var disclosed = Count(arguments.RequiredOption("--disclosed"), "--disclosed");
        if (disclosed < 1)
        {
            throw new UsageException("--disclosed must be at least 1: with no crimes disclosed there is no rate.");
        }

        if (recorded > disclosed)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--recorded ({recorded}) cannot exceed --disclosed ({disclosed}); are the two swapped?"));
        }

        var (method, methodName) = Method(arguments.Option("--method"));
        var confidence = Confidence(arguments.Option("--confidence"));
        var estimate = new CompliancePolicy { Method = method, Confidence = confidence }.Estimate(new Proportion(recorded, disclosed));
        context.Out.Write(arguments.Flag("--json") ? Json(estimate, methodName) : Text(estimate));
        return ExitCodes.Success;
    }

    private static int Count(string text, string option) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"{option} must be a whole number of crimes from 0 to {int.MaxValue:N0}, not {Messages.Quote(text)}.");

    private static (IntervalMethod Method, string Name) Method(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "wilson" => (IntervalMethod.Wilson, "wilson"),
        "normal" => (IntervalMethod.NormalApproximation, "normal"),
        "exact" => (IntervalMethod.ClopperPearson, "exact"),
        _ => throw new UsageException($"Unknown --method '{text}'; use wilson, normal or exact."),
    };

    private const double MinConfidence = 0.000001;
    private const double MaxConfidence = 0.999999;

    private static double Confidence(string? text)
    {
        if (text is null)
        {
            return 0.95;
        }

        var trimmed = text.Trim();
        var percent = trimmed.EndsWith('%');
        if (double.TryParse(percent ? trimmed[..^1] : trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            value = percent ? value / 100.0 : value;
            // Beyond six nines the interval's quantile is not computable in double precision.
            if (value >= MinConfidence && value <= MaxConfidence)
            {
                return value;
            }
        }

        throw new UsageException($"--confidence must be between 0 and 1, from 0.000001 to 0.999999 (e.g. 0.95 or 95%), not {Messages.Quote(text)}.");
    }

    private static string Text(ComplianceEstimate estimate) =>
        estimate.Interval + "\n" + string.Create(CultureInfo.InvariantCulture, $"Margin of error: ±{estimate.MarginOfError * 100:0.0} percentage points (normal approximation)\n");

    private static string Json(ComplianceEstimate estimate, string methodName)
    {
        var interval = estimate.Interval;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Nhp.Serialization.NhpJson.WriterOptions))
        {
            json.WriteStartObject();
            JsonOutput.WriteHeader(json, Format);
            json.WriteNumber("rate", interval.Rate);
            json.WriteNumber("lower", interval.Lower);
            json.WriteNumber("upper", interval.Upper);
            json.WriteNumber("marginOfError", estimate.MarginOfError);
            json.WriteString("method", methodName);
            json.WriteNumber("confidence", interval.Confidence);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n";
    }
}
