using Nhp.Datasets;
using Nhp.Text;

namespace Nhp.Reporting.Rendering;

// One way of citing a source document in every format.
internal static class SourceText
{
    public static string Details(SourceDocument source) =>
        source.Committee + ", " + Wording.Date(source.Date) + (source.Reference is null ? string.Empty : " (" + source.Reference + ")");
}
