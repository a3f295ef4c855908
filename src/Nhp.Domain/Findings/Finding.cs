namespace Nhp.Findings;

/// <summary>
/// One result of a check: which rule found it, how much it matters, what it is about, and a sentence a committee
/// member would understand. Every rule, validator and import diagnostic in Nhp reports findings in this shape, so
/// another tool's tests can assert on <see cref="RuleId"/> and <see cref="Subject"/> rather than on wording.
/// Immutable; equality is by value.
/// </summary>
/// <param name="RuleId">The stable id of the rule, e.g. <c>plan.code.unique</c>. Ids never change meaning.</param>
/// <param name="Severity">How much the finding matters.</param>
/// <param name="Subject">What the finding is about, e.g. the deliverable code <c>3.3</c>, or the input's name.</param>
/// <param name="Field">The field the finding is about, e.g. <c>rag</c>, or null when it concerns the whole subject.</param>
/// <param name="Message">A plain-English sentence that names the subject and says what is wrong and why.</param>
/// <param name="Location">Where in the input the subject was read, when known.</param>
[Nhp.Display.TypeFormatterSource(typeof(Nhp.Display.NotebookFormatterSource))]
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string Subject,
    string? Field,
    string Message,
    SourceLocation? Location = null)
{
    /// <summary>The finding on one line: <c>error plan.code.unique [3.3 code] plan.txt:12: message</c>.</summary>
    /// <returns>The formatted finding, culture-invariant.</returns>
    public override string ToString()
    {
        var severity = Severity.ToText();
        var subject = Field is null ? Subject : Subject + " " + Field;
        var location = Location is null ? string.Empty : " " + Location;
        return $"{severity} {RuleId} [{subject}]{location}: {Message}";
    }
}
