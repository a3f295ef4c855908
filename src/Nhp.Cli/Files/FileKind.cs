namespace Nhp.Cli.Files;

/// <summary>What a path names on disk, as far as the command line cares.</summary>
internal enum FileKind
{
    /// <summary>Nothing exists at the path.</summary>
    Missing,

    /// <summary>An ordinary file (after following symbolic links).</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>Anything else: a device (<c>/dev/zero</c>), a named pipe (FIFO), a socket.</summary>
    Special,
}
