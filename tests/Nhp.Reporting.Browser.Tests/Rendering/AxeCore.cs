using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace Nhp.Reporting.Browser.Tests.Rendering;

/// <summary>
/// axe-core, the accessibility rules engine, as the single script <c>axe.min.js</c>: from <c>NHP_AXE_CORE</c> (a path
/// to that file) or a cache in the temporary folder, else fetched once from the npm registry with <c>npm pack</c> and
/// checked against the pinned integrity before use.
/// </summary>
internal static class AxeCore
{
    public const string Version = "4.14.1";

    // The registry's dist.integrity of axe-core 4.14.1: the tarball must be exactly the reviewed release.
    private const string Integrity = "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==";

    /// <summary>The path of axe.min.js, or null with the reason it could not be had.</summary>
    public static async Task<(string? Path, string? Problem)> LocateAsync(CancellationToken cancellation)
    {
        var configured = Environment.GetEnvironmentVariable("NHP_AXE_CORE");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? (configured, null) : (null, $"NHP_AXE_CORE names '{configured}', which does not exist.");
        }

        var cache = Path.Combine(Path.GetTempPath(), "nhp-axe-core-" + Version);
        var script = Path.Combine(cache, "axe.min.js");
        if (File.Exists(script))
        {
            return (script, null);
        }

        var download = Directory.CreateTempSubdirectory("nhp-axe-core-");
        try
        {
            var (exitCode, output) = await RunAsync("npm", ["pack", "axe-core@" + Version, "--json", "--pack-destination", download.FullName], download.FullName, cancellation);
            if (exitCode != 0)
            {
                return (null, $"'npm pack axe-core@{Version}' failed (exit code {exitCode}): {output.Trim()}");
            }

            var tarball = Directory.GetFiles(download.FullName, "*.tgz").SingleOrDefault();
            if (tarball is null)
            {
                return (null, $"'npm pack axe-core@{Version}' wrote no tarball: {output.Trim()}");
            }

            var integrity = "sha512-" + Convert.ToBase64String(SHA512.HashData(await File.ReadAllBytesAsync(tarball, cancellation)));
            if (integrity != Integrity)
            {
                return (null, $"axe-core {Version} from the registry has integrity {integrity}, not the pinned {Integrity}.");
            }

            Directory.CreateDirectory(cache);
            var temporary = Path.Combine(cache, $"axe.min.js.{Environment.ProcessId}.tmp");
            await using (var gzip = new GZipStream(File.OpenRead(tarball), CompressionMode.Decompress))
            {
                using var tar = new TarReader(gzip);
                while (await tar.GetNextEntryAsync(cancellationToken: cancellation) is { } entry)
                {
                    if (entry.Name == "package/axe.min.js" && entry.DataStream is { } data)
                    {
                        await using var file = File.Create(temporary);
                        await data.CopyToAsync(file, cancellation);
                    }
                }
            }

            if (!File.Exists(temporary))
            {
                return (null, $"axe-core {Version}'s tarball has no package/axe.min.js.");
            }

            File.Move(temporary, script, overwrite: true);
            return (script, null);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or JsonException or InvalidDataException)
        {
            return (null, $"axe-core {Version} could not be fetched with npm: {e.Message}");
        }
        finally
        {
            download.Delete(recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, IEnumerable<string> arguments, string directory, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new IOException($"Could not start {program}.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{program} did not finish within 3 minutes.");
        }

        return (process.ExitCode, await output + await error);
    }
}
