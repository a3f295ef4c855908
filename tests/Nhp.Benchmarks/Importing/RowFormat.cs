namespace Nhp.Benchmarks.Importing;

/// <summary>The readers and writers of row-shaped data that <see cref="ReaderScalingBenchmark"/> measures.</summary>
public enum RowFormat
{
    /// <summary>PlanJson.Read.</summary>
    ReadPlanJson,

    /// <summary>PlanCsv.Read.</summary>
    ReadPlanCsv,

    /// <summary>CdiReviewCsv.Read, rows of recommendations.</summary>
    ReadCdiCsv,

    /// <summary>EngagementJson.Read, rows of meetings.</summary>
    ReadEngagementJson,

    /// <summary>PerformanceJson.Read, rows of measures.</summary>
    ReadPerformanceJson,

    /// <summary>ProblemSolvingCsv.Read.</summary>
    ReadProblemSolvingCsv,

    /// <summary>ProblemSolvingJson.Read.</summary>
    ReadProblemSolvingJson,

    /// <summary>ReviewRecommendationsJson.Read.</summary>
    ReadRecommendationsJson,

    /// <summary>InspectionActionCsv.Read.</summary>
    ReadInspectionActionsCsv,

    /// <summary>InspectionActionJson.Read.</summary>
    ReadInspectionActionsJson,

    /// <summary>PlanCsv.Write (<c>nhp plan export --format csv</c>).</summary>
    WritePlanCsv,

    /// <summary>PlanJson.Write.</summary>
    WritePlanJson,

    /// <summary>ProblemSolvingCsv.Write.</summary>
    WriteProblemSolvingCsv,

    /// <summary>InspectionActionCsv.Write.</summary>
    WriteInspectionActionsCsv,
}
