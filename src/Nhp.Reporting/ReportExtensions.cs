using System.Text;
using Nhp.Datasets;

namespace Nhp.Reporting;

/// <summary>Convenience methods for rendering an <see cref="IReport"/> to a string or a stream.</summary>
public static class ReportExtensions
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Renders the report to a string.</summary>
    /// <param name="report">The report.</param>
    /// <param name="dataset">The data to report on.</param>
    /// <param name="format">One of the report's formats.</param>
    /// <returns>The rendered text.</returns>
    public static string RenderToString(this IReport report, NhpDataset dataset, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        report.Render(dataset, format, writer);
        return writer.ToString();
    }

    /// <summary>Renders the report to <paramref name="stream"/> as UTF-8 without a byte order mark. The stream is not closed.</summary>
    /// <param name="report">The report.</param>
    /// <param name="dataset">The data to report on.</param>
    /// <param name="format">One of the report's formats.</param>
    /// <param name="stream">Where to write.</param>
    public static void Render(this IReport report, NhpDataset dataset, ReportFormat format, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 16 * 1024, leaveOpen: true);
        report.Render(dataset, format, writer);
        writer.Flush();
    }

    /// <summary>Throws <see cref="NotSupportedException"/> unless the report supports <paramref name="format"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The requested format.</param>
    /// <exception cref="NotSupportedException">The report does not support the format; the message lists those it does.</exception>
    public static void EnsureSupports(this IReport report, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!report.Formats.Contains(format))
        {
            throw new NotSupportedException(
                $"The '{report.Id}' report cannot be rendered as {format.FileExtension()}; it supports {string.Join(", ", report.Formats.Select(f => f.FileExtension()))}.");
        }
    }
}
