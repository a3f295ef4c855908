using Nhp.Delivery;
using Nhp.Rag;
using static Nhp.Domain.Tests.Rag.Subjects;

namespace Nhp.Domain.Tests.Rag;

public sealed class RagEvaluationTest
{
    [Fact]
    public void The_evaluation_lists_the_deliverables_with_findings_and_those_whose_RAG_should_differ()
    {
        var evaluation = RagPolicy.Default.Evaluate(
            [
                Make("1.1", RagStatus.Amber, "31/03/2024"),
                Make("1.2", RagStatus.Amber, "TBC"),
                Make("1.3", RagStatus.Green, "Complete"),
            ],
            Date(2024, 4, 1));
        Assert.Equal(["1.1", "1.2"], evaluation.WithFindings.Select(j => j.Subject.Subject));
        Assert.Equal(["1.1"], evaluation.Differing.Select(j => j.Subject.Subject));
        Assert.Equal(RagStatus.Red, evaluation.Differing.Single().ExpectedRag);
    }
}
