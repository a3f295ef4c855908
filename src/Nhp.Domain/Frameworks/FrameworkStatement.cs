namespace Nhp.Frameworks;

/// <summary>One statement of a pillar that a unit assesses itself against, e.g. <c>V1</c>: "Patrol plans use demand data". Immutable.</summary>
/// <param name="Id">The statement's id, unique in its framework (e.g. <c>V1</c>); ratings refer to it.</param>
/// <param name="Text">The statement as written.</param>
public sealed record FrameworkStatement(string Id, string Text);
