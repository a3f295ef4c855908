using Nhp.Fuzzing;

namespace Nhp.Domain.Tests.Importing;

/// <summary>
/// Every seed input and every input that once crashed a reader under the fuzzer (tests/Nhp.Fuzzing/corpus and
/// crashers) runs through its reader: a result, findings or a located input error, never another exception.
/// </summary>
public sealed class ReaderFuzzRegressionTest
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Data", "Fuzzing");

    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in new[] { "corpus", "crashers" })
        {
            var folder = Path.Combine(Root, kind);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var target = Path.GetFileName(Path.GetDirectoryName(file)!);
                data.Add(target, Path.GetRelativePath(Root, file).Replace('\\', '/'));
            }
        }

        return data;
    }

    [Fact]
    public void Every_target_has_a_seed_corpus()
    {
        var seeded = Inputs().Select(row => (string)row.Data.Item1).ToHashSet(StringComparer.Ordinal);

        Assert.All(FuzzTargets.All.Keys, target => Assert.Contains(target, seeded));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_input_gives_a_result_or_a_located_input_error(string target, string file)
    {
        Assert.True(FuzzTargets.All.ContainsKey(target), $"No fuzz target named {target} (folder of {file}).");

        var exception = Record.Exception(() => FuzzTargets.Run(target, File.ReadAllBytes(Path.Combine(Root, file))));

        Assert.Null(exception);
    }
}
