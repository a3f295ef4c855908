namespace Nhp.Frameworks;

/// <summary>One pillar of a strategy framework (e.g. Visibility), its purpose as written, and the statements to assess. Immutable.</summary>
public sealed record Pillar
{
    /// <summary>The pillar's name, e.g. <c>Visibility</c>.</summary>
    public required string Name { get; init; }

    /// <summary>What the pillar is for, as written (e.g. "to increase public confidence and reduce crime"), or null.</summary>
    public string? Purpose { get; init; }

    /// <summary>The statements a unit assesses itself against under this pillar.</summary>
    public IReadOnlyList<FrameworkStatement> Statements { get => statements; init => statements = value ?? []; }

    private readonly IReadOnlyList<FrameworkStatement> statements = [];
}
