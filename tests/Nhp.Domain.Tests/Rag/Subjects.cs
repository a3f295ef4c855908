using Nhp.Delivery;
using Nhp.Rag;
using NodaTime;

namespace Nhp.Domain.Tests.Rag;

// Small deliverables for rule tests: code, RAG, target text, and the January 2024 paper date unless told.
internal static class Subjects
{
    public static readonly LocalDate January2024Paper = new(2024, 1, 31);

    public static RagSubject Make(string code, RagStatus rag, string target, string summary = "Summary.", LocalDate? updatedOn = null) =>
        new(DeliverableCode.Parse(code), rag, Target.Parse(target), summary, updatedOn ?? January2024Paper);

    public static LocalDate Date(int year, int month, int day) => new(year, month, day);
}
