// Checks the packages that `dotnet pack -c Release -o artifacts` made, as a user's debugger and package page would see
// them: each .snupkg holds the PDB of the .nupkg's assembly, and that PDB carries a SourceLink map to the raw files of
// the built commit in the configured repository, with every other source file embedded and no build machine path; each
// .nuspec names that repository and commit; the package README has no link that breaks on a package page.
//
// Usage: dotnet run eng/check-packages.cs -- <artifacts folder> <repository URL> <commit>
// Exits 0 when every package passes, 1 with one line per problem otherwise.
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

if (args.Length != 3)
{
    Console.Error.WriteLine("Usage: dotnet run eng/check-packages.cs -- <artifacts folder> <repository URL> <commit>");
    return 2;
}

var folder = args[0];
var repository = args[1].EndsWith(".git", StringComparison.Ordinal) ? args[1][..^4] : args[1];
var commit = args[2];
var repositoryPath = new Uri(repository).AbsolutePath.Trim('/');
var expectedUrl = $"https://raw.githubusercontent.com/{repositoryPath}/{commit}/*";
var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
var embeddedSourceKind = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
var problems = new List<string>();
var packages = Directory.GetFiles(folder, "*.nupkg").Where(p => !p.EndsWith(".symbols.nupkg", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
if (packages.Length == 0)
{
    problems.Add($"{folder}: no .nupkg files.");
}

foreach (var package in packages)
{
    var name = Path.GetFileName(package);
    var symbols = Path.ChangeExtension(package, ".snupkg");
    using var nupkg = ZipFile.OpenRead(package);
    CheckNuspec(name, nupkg);
    CheckReadme(name, nupkg);
    var assemblies = nupkg.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal) && (e.FullName.StartsWith("lib/", StringComparison.Ordinal) || e.FullName.StartsWith("tools/", StringComparison.Ordinal))).ToArray();
    if (assemblies.Length == 0)
    {
        // The tool's pointer package (no binaries) and its native package (one executable, no assembly): nothing a
        // PDB describes, so no symbol package.
        if (!nupkg.Entries.Any(e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal)))
        {
            problems.Add($"{name}: no assembly, and not a tool package.");
        }

        continue;
    }

    if (!File.Exists(symbols))
    {
        problems.Add($"{name}: no symbol package beside it.");
        continue;
    }

    using var snupkg = ZipFile.OpenRead(symbols);
    // A tool package carries its dependencies' assemblies too; only the ones built here have a PDB in the symbol package.
    var pdbs = snupkg.Entries.Where(e => e.FullName.EndsWith(".pdb", StringComparison.Ordinal)).ToDictionary(e => e.FullName, StringComparer.Ordinal);
    if (pdbs.Count == 0)
    {
        problems.Add($"{Path.GetFileName(symbols)}: no PDB.");
    }

    foreach (var (pdbPath, pdbEntry) in pdbs)
    {
        var dllPath = pdbPath[..^4] + ".dll";
        var dll = assemblies.FirstOrDefault(a => a.FullName == dllPath);
        if (dll is null)
        {
            problems.Add($"{Path.GetFileName(symbols)}: {pdbPath} has no assembly {dllPath} in {name}.");
            continue;
        }

        CheckPdb($"{Path.GetFileName(symbols)}: {pdbPath}", Read(pdbEntry), Read(dll));
    }
}

foreach (var problem in problems)
{
    Console.WriteLine(problem);
}

Console.WriteLine(problems.Count == 0
    ? $"{packages.Length} packages: every PDB maps its sources to {expectedUrl}, and the rest are embedded."
    : $"{problems.Count} problems in the packages.");
return problems.Count == 0 ? 0 : 1;

void CheckPdb(string where, byte[] pdbBytes, byte[] dllBytes)
{
    using var pdbProvider = MetadataReaderProvider.FromPortablePdbImage(System.Collections.Immutable.ImmutableArray.Create(pdbBytes));
    var pdb = pdbProvider.GetMetadataReader();

    // The PDB is the one the assembly was built with: the assembly's CodeView entry names the PDB's id.
    using (var pe = new PEReader(new MemoryStream(dllBytes)))
    {
        var codeView = pe.ReadDebugDirectory().Where(d => d.Type == DebugDirectoryEntryType.CodeView).Select(pe.ReadCodeViewDebugDirectoryData).FirstOrDefault();
        var pdbGuid = new Guid(pdb.DebugMetadataHeader!.Id.AsSpan(0, 16));
        if (codeView.Guid != pdbGuid)
        {
            problems.Add($"{where}: the assembly points at PDB {codeView.Guid}, the symbol package holds {pdbGuid}.");
        }
    }

    string? sourceLink = null;
    foreach (var handle in pdb.GetCustomDebugInformation(EntityHandle.ModuleDefinition))
    {
        var info = pdb.GetCustomDebugInformation(handle);
        if (pdb.GetGuid(info.Kind) == sourceLinkKind)
        {
            sourceLink = Encoding.UTF8.GetString(pdb.GetBlobBytes(info.Value));
        }
    }

    if (sourceLink is null)
    {
        problems.Add($"{where}: no SourceLink map.");
        return;
    }

    var map = new List<(string Prefix, string Url)>();
    using (var json = JsonDocument.Parse(sourceLink))
    {
        foreach (var entry in json.RootElement.GetProperty("documents").EnumerateObject())
        {
            map.Add((entry.Name.TrimEnd('*'), entry.Value.GetString() ?? string.Empty));
        }
    }

    if (map.Count == 0 || map.Any(m => m.Url != expectedUrl))
    {
        problems.Add($"{where}: the SourceLink map is {sourceLink.ReplaceLineEndings(" ")}; expected every URL to be {expectedUrl}.");
    }

    int linked = 0, embedded = 0;
    foreach (var documentHandle in pdb.Documents)
    {
        var document = pdb.GetDocument(documentHandle);
        var path = pdb.GetString(document.Name);
        var isEmbedded = pdb.GetCustomDebugInformation(documentHandle).Any(h => pdb.GetGuid(pdb.GetCustomDebugInformation(h).Kind) == embeddedSourceKind);
        var isLinked = map.Any(m => path.StartsWith(m.Prefix, StringComparison.Ordinal));
        if (!path.StartsWith("/_/", StringComparison.Ordinal))
        {
            problems.Add($"{where}: the document {path} keeps a build machine path (expected /_/…, a deterministic CI build).");
        }

        if (isEmbedded)
        {
            embedded++;
        }
        else if (isLinked)
        {
            linked++;
        }
        else
        {
            problems.Add($"{where}: the document {path} is neither under the SourceLink map nor embedded.");
        }
    }

    if (linked == 0)
    {
        problems.Add($"{where}: no source file is linked.");
    }

    Console.WriteLine($"{where}: {linked} files linked, {embedded} embedded.");
}

void CheckNuspec(string name, ZipArchive nupkg)
{
    var entry = nupkg.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/', StringComparison.Ordinal));
    using var stream = entry.Open();
    var nuspec = XDocument.Load(stream);
    var element = nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == "repository");
    var url = element?.Attribute("url")?.Value;
    var at = element?.Attribute("commit")?.Value;
    if (url is null || url.TrimEnd('/').Replace(".git", string.Empty, StringComparison.Ordinal) != repository.TrimEnd('/') || at != commit)
    {
        problems.Add($"{name}: the nuspec's repository is '{url}' at '{at}'; expected '{repository}' at '{commit}'.");
    }
}

void CheckReadme(string name, ZipArchive nupkg)
{
    var entry = nupkg.GetEntry("README.md");
    if (entry is null)
    {
        problems.Add($"{name}: no README.md.");
        return;
    }

    using var reader = new StreamReader(entry.Open());
    var text = reader.ReadToEnd();
    foreach (Match link in Regex.Matches(text, @"\]\(([^)\s]*)\)"))
    {
        var target = link.Groups[1].Value;
        if (!target.StartsWith("https://", StringComparison.Ordinal) && !target.StartsWith('#'))
        {
            problems.Add($"{name}: README.md links '{target}', which breaks on a package page (use an absolute https:// link).");
        }
    }
}

static byte[] Read(ZipArchiveEntry entry)
{
    using var stream = entry.Open();
    using var copy = new MemoryStream();
    stream.CopyTo(copy);
    return copy.ToArray();
}
