using System.Runtime.InteropServices;

namespace Nhp.Cli.Files;

/// <summary>
/// Which file a path names: its kind (regular file, folder, device or pipe) and its canonical path, with every
/// symbolic link along it resolved, so that two spellings of one file compare equal.
/// </summary>
internal static partial class FileIdentity
{
    private const int MaxLinks = 40;
    private const int FileTypeMask = 0xF000;
    private const int DirectoryType = 0x4000;
    private const int RegularType = 0x8000;

    /// <summary>Paths compare by case only where the file system usually ignores it (Windows, macOS).</summary>
    public static StringComparer PathComparer { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>The kind of <paramref name="fullPath"/>, following symbolic links; never opens the file.</summary>
    public static FileKind Kind(string fullPath)
    {
        if (Directory.Exists(fullPath))
        {
            return FileKind.Directory;
        }

        if (!File.Exists(fullPath))
        {
            return FileKind.Missing;
        }

        if (OperatingSystem.IsWindows())
        {
            return File.GetAttributes(fullPath).HasFlag(FileAttributes.Device) ? FileKind.Special : FileKind.Regular;
        }

        return UnixMode(fullPath) is { } mode && (mode & FileTypeMask) switch
        {
            RegularType => false,
            DirectoryType => false,
            _ => true,
        }
            ? FileKind.Special
            : FileKind.Regular;
    }

    /// <summary>
    /// <paramref name="fullPath"/> with every symbolic link along it resolved (as far as the links exist), so that
    /// a link and its target, or a path through a linked folder, give the same string.
    /// </summary>
    public static string Canonical(string fullPath)
    {
        var path = Path.GetFullPath(fullPath);
        for (var hops = 0; hops < MaxLinks; hops++)
        {
            var resolved = ResolveOneLink(path);
            if (resolved is null)
            {
                return Path.TrimEndingDirectorySeparator(path);
            }

            path = resolved;
        }

        return Path.TrimEndingDirectorySeparator(path);
    }

    /// <summary>Whether two full paths name the same file (the same canonical path).</summary>
    public static bool Same(string fullPathA, string fullPathB) =>
        PathComparer.Equals(Canonical(fullPathA), Canonical(fullPathB));

    // Resolves the first symbolic link found walking from the root; null when the path has none.
    private static string? ResolveOneLink(string path)
    {
        var root = Path.GetPathRoot(path) ?? string.Empty;
        var parts = path[root.Length..].Split(
            [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        for (var i = 0; i < parts.Length; i++)
        {
            current = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            string? target;
            try
            {
                target = info.LinkTarget;
            }
            catch (IOException)
            {
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }

            if (target is null)
            {
                continue;
            }

            var targetFull = Path.GetFullPath(target, Path.GetDirectoryName(current) ?? root);
            return Path.Combine([targetFull, .. parts[(i + 1)..]]);
        }

        return null;
    }

    // The st_mode of the file through the runtime's own native shim (its FileStatus starts Flags, Mode);
    // null when the shim is unavailable, in which case the file counts as regular.
    private static int? UnixMode(string fullPath)
    {
        try
        {
            var status = new byte[512];
            return Stat(fullPath, status) == 0 ? BitConverter.ToInt32(status, 4) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] status);
}
