using Xunit.Sdk;

namespace Nhp.Testing.Findings;

/// <summary>
/// Thrown by <see cref="FindingAssert"/> when the findings are not as expected. The message says what was expected
/// and lists the findings there were.
/// </summary>
public sealed class FindingAssertionException : XunitException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was expected and what was found.</param>
    public FindingAssertionException(string message)
        : base(message)
    {
    }
}
