namespace Nhp.Findings;

/// <summary>The words for <see cref="Severity"/> values used in every report, message and JSON output.</summary>
public static class SeverityExtensions
{
    /// <summary>The lower-case word for a severity: <c>info</c>, <c>warning</c> or <c>error</c>. Culture-invariant.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The word.</returns>
    public static string ToText(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
