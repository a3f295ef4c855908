namespace Nhp.Cli;

/// <summary>The exit codes of <c>nhp</c>, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>Success: the command did what was asked and found nothing wrong.</summary>
    public const int Success = 0;

    /// <summary>Findings (a validation found errors) or a failure while running.</summary>
    public const int Findings = 1;

    /// <summary>Unusable input or arguments: nothing was done.</summary>
    public const int Usage = 2;
}
