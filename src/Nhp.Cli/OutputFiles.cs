using System.Runtime.ExceptionServices;
using System.Text;
using Nhp.Cli.Files;

namespace Nhp.Cli;

/// <summary>
/// The one way the command line writes files. Each file is written to a temporary file in the target folder and
/// moved over the target only once it is complete, so a failure (a full disk, an exception while rendering)
/// never deletes or truncates a file that was there before. A target that is one of the command's inputs, a
/// folder, a device or a pipe, or an empty path, is refused with a <see cref="UsageException"/> (exit code 2)
/// before anything is written.
/// </summary>
internal static class OutputFiles
{
    // How many files are flushed to disk at the same time (see FlushToDisk).
    private const int FlushThreads = 8;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes one file: <paramref name="write"/> fills a temporary file beside <paramref name="path"/>, which then
    /// replaces the target. The target's folder is created if missing. On any failure the temporary file is
    /// removed, an existing target is left as it was, and the exception propagates.
    /// </summary>
    /// <param name="context">The console; relative paths resolve against its working folder.</param>
    /// <param name="path">The output path as the user gave it.</param>
    /// <param name="write">Writes the whole content to the stream it is given (and does not close it).</param>
    /// <param name="inputs">The paths the command reads, as the user gave them; the output must be none of them.</param>
    /// <exception cref="UsageException">The path is empty, names a folder, a device or pipe, or an input.</exception>
    public static void Write(CliContext context, string path, Action<Stream> write, IReadOnlyCollection<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(write);
        var full = Target(context, path, inputs);
        var folder = Path.GetDirectoryName(full) ?? context.WorkingDirectory;
        Directory.CreateDirectory(folder);
        var temporary = WriteTemporary(folder, Path.GetFileName(full), write, flushToDisk: true);
        try
        {
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte order mark, as <see cref="Write(CliContext, string, Action{Stream}, IReadOnlyCollection{string})"/> does.</summary>
    /// <param name="context">The console; relative paths resolve against its working folder.</param>
    /// <param name="path">The output path as the user gave it.</param>
    /// <param name="text">The whole content.</param>
    /// <param name="inputs">The paths the command reads; the output must be none of them.</param>
    public static void WriteText(CliContext context, string path, string text, IReadOnlyCollection<string> inputs) =>
        Write(context, path, stream => stream.Write(Utf8.GetBytes(text)), inputs);

    /// <summary>
    /// Writes a set of files into one folder, all or none: every file is first written to a temporary file in
    /// the folder; only when all are complete and flushed to disk do they replace their targets. If anything fails,
    /// no new file is left, files that were there before are restored unchanged, and a folder this call created is
    /// removed.
    /// </summary>
    /// <param name="context">The console; relative paths resolve against its working folder.</param>
    /// <param name="folder">The folder as the user gave it (created if missing); empty is refused.</param>
    /// <param name="files">Each file's plain name (no folder part, unique) and the action writing its content.</param>
    /// <param name="inputs">The paths the command reads; no output may be one of them.</param>
    /// <returns>The full paths written, in the order given.</returns>
    /// <exception cref="UsageException">The folder is empty or not a folder, a name is not a plain file name, or a target is refused as in <see cref="Write(CliContext, string, Action{Stream}, IReadOnlyCollection{string})"/>.</exception>
    public static IReadOnlyList<string> WriteFolder(
        CliContext context,
        string folder,
        IReadOnlyList<(string Name, Action<Stream> Write)> files,
        IReadOnlyCollection<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(files);
        if (string.IsNullOrWhiteSpace(folder))
        {
            throw new UsageException("The output folder is empty; give a folder name, e.g. --out reports.");
        }

        var fullFolder = context.ResolvePath(folder);
        var kind = FileIdentity.Kind(fullFolder);
        if (kind is not (FileKind.Directory or FileKind.Missing))
        {
            throw new UsageException($"The output folder {Messages.Quote(folder)} is a file, not a folder.");
        }

        var targets = new List<string>();
        var names = new HashSet<string>(FileIdentity.PathComparer);
        foreach (var (name, _) in files)
        {
            if (string.IsNullOrWhiteSpace(name) || name != Path.GetFileName(name) || name is "." or ".." || !names.Add(name))
            {
                throw new ArgumentException($"Output file name {Messages.Quote(name)} is not a plain, unique file name.", nameof(files));
            }

            targets.Add(Target(context, Path.Combine(fullFolder, name), inputs));
        }

        var created = kind == FileKind.Missing;
        Directory.CreateDirectory(fullFolder);
        var temporaries = new List<string>();
        var backups = new List<(string Backup, string Target)>();
        var placed = new List<string>();
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                temporaries.Add(WriteTemporary(fullFolder, files[i].Name, files[i].Write, flushToDisk: false));
            }

            FlushToDisk(temporaries);

            for (var i = 0; i < targets.Count; i++)
            {
                if (File.Exists(targets[i]))
                {
                    var backup = TemporaryName(fullFolder, files[i].Name, "old");
                    File.Move(targets[i], backup);
                    backups.Add((backup, targets[i]));
                }

                File.Move(temporaries[i], targets[i]);
                placed.Add(targets[i]);
            }
        }
        catch
        {
            placed.ForEach(TryDelete);
            foreach (var (backup, target) in backups)
            {
                TryMove(backup, target);
            }

            temporaries.ForEach(TryDelete);
            if (created)
            {
                TryDeleteEmptyFolder(fullFolder);
            }

            throw;
        }

        foreach (var (backup, _) in backups)
        {
            TryDelete(backup);
        }

        return targets;
    }

    // Checks an output path and returns it in full.
    private static string Target(CliContext context, string path, IReadOnlyCollection<string> inputs)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UsageException("The output path is empty; give a file name.");
        }

        var full = context.ResolvePath(path);
        if (Path.EndsInDirectorySeparator(path))
        {
            throw new UsageException($"The output path {Messages.Quote(path)} ends in a folder separator; give a file name.");
        }

        switch (FileIdentity.Kind(full))
        {
            case FileKind.Directory:
                throw new UsageException($"The output path {Messages.Quote(path)} is a folder; give a file name.");
            case FileKind.Special:
                throw new UsageException($"The output path {Messages.Quote(path)} is a device or pipe, not a file; leave out --out to write to standard output.");
        }

        foreach (var input in inputs ?? [])
        {
            if (!string.IsNullOrEmpty(input) && input != "-" && FileIdentity.Same(full, context.ResolvePath(input)))
            {
                throw new UsageException($"The output path {Messages.Quote(path)} is also an input of this command; writing it would destroy the input. Choose another file.");
            }
        }

        return full;
    }

    private static string WriteTemporary(string folder, string name, Action<Stream> write, bool flushToDisk)
    {
        var temporary = TemporaryName(folder, name, "tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk);
            }

            return temporary;
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    // Makes sure every file's content is on disk before any of them replaces its target. Waiting for the disk is most
    // of the cost of a flush, and a file system commits flushes that arrive together at once, so the files are
    // flushed on several threads at the same time rather than one after another; this throws if any flush fails.
    private static void FlushToDisk(List<string> paths)
    {
        var next = -1;
        var failures = new ExceptionDispatchInfo?[paths.Count];
        void Flush()
        {
            for (var i = Interlocked.Increment(ref next); i < paths.Count; i = Interlocked.Increment(ref next))
            {
                try
                {
                    using var stream = new FileStream(paths[i], FileMode.Open, FileAccess.Write, FileShare.None);
                    stream.Flush(flushToDisk: true);
                }
#pragma warning disable CA1031 // Caught to be rethrown, unchanged, on the calling thread.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failures[i] = ExceptionDispatchInfo.Capture(e);
                }
            }
        }

        var threads = Enumerable.Range(0, Math.Min(FlushThreads, paths.Count) - 1).Select(_ => new Thread(Flush) { IsBackground = true }).ToList();
        threads.ForEach(t => t.Start());
        Flush();
        threads.ForEach(t => t.Join());
        Array.Find(failures, f => f is not null)?.Throw();
    }

    // A hidden name in the same folder, so the final move is a rename within one file system.
    private static string TemporaryName(string folder, string name, string kind) =>
        Path.Combine(folder, $".{name}.{kind}-{Guid.NewGuid():N}");

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void TryMove(string from, string to)
    {
        try
        {
            File.Move(from, to, overwrite: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void TryDeleteEmptyFolder(string folder)
    {
        try
        {
            if (!Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
