using Nhp.Text;
using NodaTime;

namespace Nhp.ProblemSolving.Rules;

/// <summary>Wording shared by the problem-solving rules.</summary>
internal static class ProblemSolvingRuleText
{
    public static string Subject(ProblemSolvingPlan plan) => string.IsNullOrWhiteSpace(plan.Reference) ? "(plan with no reference)" : plan.Reference.Trim();

    public static string Date(LocalDate date) => Wording.Date(date);

    public static string Months(int months) => months == 1 ? "1 month" : $"{months.ToString(System.Globalization.CultureInfo.InvariantCulture)} months";
}
