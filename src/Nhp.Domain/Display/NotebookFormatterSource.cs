using System.Diagnostics.CodeAnalysis;

namespace Nhp.Display;

/// <summary>
/// The .NET Interactive formatter source of the domain types (plan, RAG evaluation, finding, SPC result, compliance
/// interval). Their HTML is a report document, which Nhp.Reporting builds and renders, and the domain cannot reference
/// it; so this source hands over to Nhp.Reporting's source by name when that assembly can be loaded, and offers no
/// formatter otherwise (the host's default display then applies).
/// </summary>
[SuppressMessage("Performance", "CA1822:Mark members as static", Justification = ".NET Interactive calls these instance members by name.")]
internal sealed class NotebookFormatterSource
{
    private const string ReportingSource = "Nhp.Reporting.Display.NotebookFormatterSource, Nhp.Reporting";

    /// <summary>Nhp.Reporting's formatters, or none when it is not there.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Only reached from .NET Interactive, which is not trimmed; without Nhp.Reporting no formatter is offered.")]
    [UnconditionalSuppressMessage("Trimming", "IL2057", Justification = "As above.")]
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "As above.")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "As above.")]
    public IEnumerable<object> CreateTypeFormatters()
    {
        var source = Type.GetType(ReportingSource, throwOnError: false);
        if (source?.GetMethod(nameof(CreateTypeFormatters)) is not { } create || Activator.CreateInstance(source) is not { } instance)
        {
            return [];
        }

        return create.Invoke(instance, null) as IEnumerable<object> ?? [];
    }
}
