using Nhp.Findings;

namespace Nhp;

/// <summary>
/// Thrown when input cannot be read at all: an empty file, a table with no rows, a value in a form Nhp does not
/// accept where no lossless fallback exists. The message says what was read, where, and which forms are accepted;
/// it is written for the person who supplied the input, so tools may show it as it is (the <c>nhp</c> command exits
/// with code 2 and prints it on one line).
/// </summary>
/// <remarks>Problems that still leave a usable result are reported as <see cref="Finding"/>s instead.</remarks>
public sealed class NhpInputException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, in plain English.</param>
    /// <param name="location">Where in the input, when known.</param>
    /// <param name="field">The field or column concerned, when known.</param>
    /// <param name="acceptedForms">Examples of the forms that would have been accepted; may be empty.</param>
    public NhpInputException(string message, SourceLocation? location = null, string? field = null, IReadOnlyList<string>? acceptedForms = null)
        : base(Compose(message, location, field, acceptedForms))
    {
        Reason = message;
        Location = location;
        Field = field;
        AcceptedForms = acceptedForms ?? [];
    }

    /// <summary>Creates the exception with no location (for serializers and general use).</summary>
    public NhpInputException()
        : this("The input could not be read.")
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">What is wrong, in plain English.</param>
    /// <param name="innerException">The error that caused this one.</param>
    public NhpInputException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Reason = message;
        AcceptedForms = [];
    }

    /// <summary>What is wrong, without the location and accepted forms.</summary>
    public string Reason { get; }

    /// <summary>Where in the input the problem was found, when known.</summary>
    public SourceLocation? Location { get; }

    /// <summary>The field or column concerned, when known.</summary>
    public string? Field { get; }

    /// <summary>Examples of accepted forms; empty when there is nothing useful to suggest.</summary>
    public IReadOnlyList<string> AcceptedForms { get; }

    private static string Compose(string message, SourceLocation? location, string? field, IReadOnlyList<string>? acceptedForms)
    {
        var where = location?.ToString();
        var prefix = string.IsNullOrEmpty(where) ? string.Empty : where + ": ";
        var fieldPart = field is null ? string.Empty : $"{field}: ";
        var accepted = acceptedForms is { Count: > 0 } ? " Accepted forms: " + string.Join(", ", acceptedForms) + "." : string.Empty;
        return prefix + fieldPart + message + accepted;
    }
}
