using Xunit.Sdk;

namespace Nhp.Testing;

/// <summary>
/// Thrown when a snapshot is missing or differs from the received text. The message names the verified file and
/// carries a line diff.
/// </summary>
public sealed class SnapshotMismatchException : XunitException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The failure message, with the file names and the diff.</param>
    /// <param name="verifiedPath">The verified file that was compared against.</param>
    public SnapshotMismatchException(string message, string verifiedPath)
        : base(message)
    {
        VerifiedPath = verifiedPath;
    }

    /// <summary>The verified file that was compared against (it may not exist).</summary>
    public string VerifiedPath { get; }
}
