using Nhp.Fuzzing;
using SharpFuzz;

// Usage: Nhp.Fuzzing <target>                 run under afl-fuzz (input on standard input or @@ file)
//        Nhp.Fuzzing <target> --replay <file>  run one input once, outside the fuzzer (crash = exception)
//        Nhp.Fuzzing --list                    the targets, one a line
if (args.Length == 1 && args[0] == "--list")
{
    foreach (var name in FuzzTargets.All.Keys)
    {
        Console.WriteLine(name);
    }

    return 0;
}

if (args.Length == 0 || !FuzzTargets.All.ContainsKey(args[0]))
{
    Console.Error.WriteLine($"Nhp.Fuzzing: give a target: {string.Join(", ", FuzzTargets.All.Keys)}.");
    return 2;
}

var target = args[0];
if (args.Length == 3 && args[1] == "--replay")
{
    FuzzTargets.Run(target, File.ReadAllBytes(args[2]));
    return 0;
}

Fuzzer.OutOfProcess.Run(stream => FuzzTargets.Run(target, stream));
return 0;
