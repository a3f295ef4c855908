using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Nhp.Importing.OpenXml;

/// <summary>What the Word and Excel readers share: a stream the package can seek in, and which failures mean "not this format".</summary>
internal static class OpenXmlInput
{
    /// <summary>The stream itself when it can seek, else a copy in memory (the package format needs to seek).</summary>
    /// <param name="stream">The input.</param>
    /// <returns>A seekable stream.</returns>
    public static Stream Seekable(Stream stream)
    {
        if (stream.CanSeek)
        {
            return stream;
        }

        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    /// <summary>Whether an exception from opening a package means the input is not a document of that kind (not a zip, not Open XML, damaged XML).</summary>
    /// <param name="e">The exception.</param>
    /// <returns>Whether it does.</returns>
    public static bool IsNotThePackage(Exception e) =>
        e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or InvalidOperationException;
}
