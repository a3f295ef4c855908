using System.IO.Compression;
using NodaTime;

namespace Nhp.Reporting.Word;

// System.IO.Packaging stamps every zip entry with the clock's time. Rewriting the package with one fixed time per
// entry (the document's date), in the order the entries were written, makes the same input give the same bytes.
internal static class StableZip
{
    public static void Copy(Stream package, Stream output, LocalDate date)
    {
        // Zip times start in 1980; an earlier date is written as 1 January 1980.
        var when = date.Year < 1980 ? new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero)
            : new DateTimeOffset(date.Year, date.Month, date.Day, 0, 0, 0, TimeSpan.Zero);
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = when;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
