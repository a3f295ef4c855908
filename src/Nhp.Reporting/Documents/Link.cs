namespace Nhp.Reporting.Documents;

/// <summary>A link to a web page, an e-mail address or a place in the same document.</summary>
/// <remarks>Only <c>https:</c>, <c>http:</c>, <c>mailto:</c> and <c>#fragment</c> targets are accepted, so no link can run script.</remarks>
public sealed record Link : Inline
{
    /// <summary>Creates a link.</summary>
    /// <param name="text">The text a reader sees.</param>
    /// <param name="target">Where it goes: an <c>https:</c>, <c>http:</c> or <c>mailto:</c> address, or <c>#id</c>.</param>
    /// <exception cref="ArgumentException">The target is of another kind.</exception>
    public Link(string text, string target)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        if (!(target.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || target.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || target.StartsWith('#')))
        {
            throw new ArgumentException($"The link target '{target}' is not accepted; use an https:, http: or mailto: address, or #id.", nameof(target));
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
}
