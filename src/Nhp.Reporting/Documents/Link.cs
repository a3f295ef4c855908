namespace Nhp.Reporting.Documents;

/// <summary>A link to a web page, an e-mail address, a place in the same document, or a file beside it.</summary>
/// <remarks>
/// Only <c>https:</c>, <c>http:</c>, <c>mailto:</c>, <c>#fragment</c> and relative file targets (a file name of
/// letters, digits, <c>.</c>, <c>_</c> and <c>-</c>, such as <c>delivery-plan.html</c>, with no scheme, folder or
/// leading dot) are accepted, so no link can run script or leave the folder it is in.
/// </remarks>
public sealed record Link : Inline
{
    /// <summary>Creates a link.</summary>
    /// <param name="text">The text a reader sees.</param>
    /// <param name="target">Where it goes: an <c>https:</c>, <c>http:</c> or <c>mailto:</c> address, <c>#id</c>, or a file name beside the document (<c>delivery-plan.html</c>).</param>
    /// <exception cref="ArgumentException">The target is of another kind.</exception>
    public Link(string text, string target)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        if (!(target.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || target.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || target.StartsWith('#')
            || IsFileName(target)))
        {
            throw new ArgumentException($"The link target '{target}' is not accepted; use an https:, http: or mailto: address, #id, or a file name such as report.html.", nameof(target));
        }

        Text = text;
        Target = target;
    }

    /// <summary>The text a reader sees.</summary>
    public string Text { get; }

    /// <summary>Where the link goes.</summary>
    public string Target { get; }

    /// <inheritdoc/>
    public override string PlainText => Text;

    private static bool IsFileName(string target) =>
        target[0] != '.' && target.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');
}
