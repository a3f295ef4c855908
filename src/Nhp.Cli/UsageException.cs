namespace Nhp.Cli;

/// <summary>The command line is wrong: unknown command or option, missing or malformed value. Exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
