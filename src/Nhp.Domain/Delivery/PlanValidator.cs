using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Nhp.Findings;

namespace Nhp.Delivery;

/// <summary>
/// Checks a delivery plan: unique objective numbers and deliverable codes, each code under its own objective,
/// commitment, summary, RAG and a recognised target present. Each failure carries a <see cref="Finding"/> (stable rule
/// id from <see cref="PlanRules"/>, severity, subject such as <c>3.3</c>, field, plain-English message) as its
/// <see cref="ValidationFailure.CustomState"/>; <see cref="Check"/> returns the findings directly. Thread-safe.
/// </summary>
/// <remarks>Whether a RAG status is right for its dates is judged by the RAG rules, not here.</remarks>
public sealed partial class PlanValidator : AbstractValidator<DeliveryPlan>
{
    private const string LocateKey = "Nhp.locate";

    /// <summary>Creates the validator with every plan check.</summary>
    public PlanValidator()
    {
        RuleFor(plan => plan).Custom(CheckObjectives);
        RuleFor(plan => plan).Custom(CheckCodes);
        RuleFor(plan => plan).Custom(CheckDeliverables);
    }

    /// <summary>Runs every check and returns the findings, most severe first, then in plan order.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="locate">Where each deliverable was read (for example <c>d =&gt; d.Location</c>, see <see cref="Deliverable.Location"/>), or null.</param>
    /// <returns>The findings; empty when the plan passes.</returns>
    public static IReadOnlyList<Finding> Check(DeliveryPlan plan, Func<Deliverable, SourceLocation?>? locate = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var context = new ValidationContext<DeliveryPlan>(plan);
        if (locate is not null)
        {
            context.RootContextData[LocateKey] = locate;
        }

        var result = new PlanValidator().Validate(context);
        return result.Errors
            .Select(e => (Finding)e.CustomState)
            .Select((f, i) => (f, i))
            .OrderByDescending(x => x.f.Severity)
            .ThenBy(x => x.i)
            .Select(x => x.f)
            .ToList();
    }

    private static void Report(ValidationContext<DeliveryPlan> context, Finding finding)
    {
        context.AddFailure(new ValidationFailure(finding.Field ?? "plan", finding.Message)
        {
            ErrorCode = finding.RuleId,
            Severity = finding.Severity switch
            {
                Findings.Severity.Error => FluentValidation.Severity.Error,
                Findings.Severity.Warning => FluentValidation.Severity.Warning,
                _ => FluentValidation.Severity.Info,
            },
            CustomState = finding,
        });
    }

    private static SourceLocation? Locate(ValidationContext<DeliveryPlan> context, Deliverable deliverable) =>
        context.RootContextData.TryGetValue(LocateKey, out var value) && value is Func<Deliverable, SourceLocation?> locate
            ? locate(deliverable)
            : null;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void CheckObjectives(DeliveryPlan plan, ValidationContext<DeliveryPlan> context)
    {
        if (!plan.Deliverables.Any())
        {
            Report(context, new Finding(PlanRules.NoDeliverables, Findings.Severity.Error, "plan", null, "The plan has no deliverables."));
        }

        var seen = new HashSet<int>();
        foreach (var objective in plan.Objectives)
        {
            var subject = "objective " + Number(objective.Number);
            if (!seen.Add(objective.Number))
            {
                Report(context, new Finding(PlanRules.ObjectiveNumberUnique, Findings.Severity.Error, subject, "number",
                    $"Objective {Number(objective.Number)} appears more than once; each objective must have its own number."));
            }

            if (string.IsNullOrWhiteSpace(objective.Title))
            {
                Report(context, new Finding(PlanRules.ObjectiveTitleRequired, Findings.Severity.Error, subject, "title",
                    $"Objective {Number(objective.Number)} has no title."));
            }
        }
    }

    private static void CheckCodes(DeliveryPlan plan, ValidationContext<DeliveryPlan> context)
    {
        var first = new Dictionary<DeliverableCode, Deliverable>();
        foreach (var objective in plan.Objectives)
        {
            foreach (var deliverable in objective.Deliverables)
            {
                var code = deliverable.Code;
                var at = Locate(context, deliverable);
                if (first.TryGetValue(code, out var earlier))
                {
                    var where = Locate(context, earlier) is { } l ? $" (first at {l})" : string.Empty;
                    Report(context, new Finding(PlanRules.CodeUnique, Findings.Severity.Error, code.ToString(), "code",
                        $"Deliverable {code} appears more than once{where}; each deliverable must have its own code.", at));
                }
                else
                {
                    first.Add(code, deliverable);
                }

                if (code.Objective != objective.Number)
                {
                    Report(context, new Finding(PlanRules.CodeMatchesObjective, Findings.Severity.Error, code.ToString(), "code",
                        $"Deliverable {code} is listed under objective {Number(objective.Number)}, but its code belongs to objective {Number(code.Objective)}.", at));
                }
            }
        }
    }

    private static void CheckDeliverables(DeliveryPlan plan, ValidationContext<DeliveryPlan> context)
    {
        foreach (var deliverable in plan.Deliverables)
        {
            var code = deliverable.Code.ToString();
            var at = Locate(context, deliverable);
            if (string.IsNullOrWhiteSpace(deliverable.Commitment))
            {
                Report(context, new Finding(PlanRules.CommitmentRequired, Findings.Severity.Error, code, "commitment",
                    $"Deliverable {code} has no commitment: say what will be delivered.", at));
            }

            if (deliverable.Updates.Count == 0)
            {
                Report(context, new Finding(PlanRules.UpdateRequired, Findings.Severity.Error, code, "updates",
                    $"Deliverable {code} has no status update.", at));
            }

            for (var i = 1; i < deliverable.Updates.Count; i++)
            {
                if (deliverable.Updates[i].AsOf <= deliverable.Updates[i - 1].AsOf)
                {
                    Report(context, new Finding(PlanRules.UpdateOrder, Findings.Severity.Error, code, "asOf",
                        $"The updates of deliverable {code} are not one per month in time order: {Month(deliverable.Updates[i].AsOf)} follows {Month(deliverable.Updates[i - 1].AsOf)}.", at));
                }
            }

            foreach (var update in deliverable.Updates)
            {
                CheckUpdate(context, code, update, at);
            }
        }
    }

    private static void CheckUpdate(ValidationContext<DeliveryPlan> context, string code, StatusUpdate update, SourceLocation? at)
    {
        var month = Month(update.AsOf);
        if (string.IsNullOrWhiteSpace(update.Summary))
        {
            Report(context, new Finding(PlanRules.SummaryRequired, Findings.Severity.Error, code, "summary",
                $"Deliverable {code} has no summary position for {month}.", at));
        }

        if (update.Rag == RagStatus.NotRated)
        {
            Report(context, new Finding(PlanRules.RagRequired, Findings.Severity.Warning, code, "rag",
                $"Deliverable {code} has no RAG status for {month}.", at));
        }

        if (update.Target.Kind == TargetKind.None)
        {
            Report(context, new Finding(PlanRules.TargetRequired, Findings.Severity.Error, code, "target",
                $"Deliverable {code} has no target date for {month}.", at));
        }
        else if (update.Target.Kind == TargetKind.Unrecognised)
        {
            var why = DayFirstDate().IsMatch(update.Target.Text.Trim()) ? "is written as a day-first date, but no such day exists" : "is not a date or other form Nhp understands";
            Report(context, new Finding(PlanRules.TargetRecognised, Findings.Severity.Error, code, "target",
                $"The target date of deliverable {code} for {month}, '{update.Target.Text}', {why}, so no deadline can be read from it. Accepted forms: {string.Join(", ", Target.AcceptedForms)}.", at));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,2}/\d{1,2}/\d{4}$")]
    private static partial System.Text.RegularExpressions.Regex DayFirstDate();

    private static string Month(NodaTime.YearMonth month) => month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
