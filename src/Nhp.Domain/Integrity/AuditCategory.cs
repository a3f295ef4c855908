namespace Nhp.Integrity;

/// <summary>
/// A group of crimes a crime data integrity audit reports separately, such as violence or N100s. Four common categories
/// are provided; a force may add its own with <see cref="Custom"/>. Immutable; equality
/// is by <see cref="Id"/> and <see cref="Name"/>.
/// </summary>
public sealed record AuditCategory
{
    private AuditCategory(string id, string name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>A stable, lower-case id, e.g. <c>violence</c> or <c>custom:fraud</c>.</summary>
    public string Id { get; }

    /// <summary>The name as a committee paper prints it, e.g. <c>Sexual offences (not N100s)</c>.</summary>
    public string Name { get; }

    /// <summary>Whether this is one of the <see cref="Standard"/> categories.</summary>
    public bool IsStandard => !Id.StartsWith(CustomPrefix, StringComparison.Ordinal) && Id != All.Id;

    /// <summary>Violence (<c>violence</c>).</summary>
    public static AuditCategory Violence { get; } = new("violence", "Violence");

    /// <summary>Sexual offences other than N100s (<c>sexual-offences</c>).</summary>
    public static AuditCategory SexualOffences { get; } = new("sexual-offences", "Sexual offences (not N100s)");

    /// <summary>N100s: reports of rape not immediately recorded as confirmed crimes (<c>n100</c>).</summary>
    public static AuditCategory N100 { get; } = new("n100", "N100");

    /// <summary>Every other crime (<c>other</c>).</summary>
    public static AuditCategory OtherCrime { get; } = new("other", "Other crime");

    /// <summary>The overall figure across all audits (<c>all</c>): not a category of crime, the whole sample.</summary>
    public static AuditCategory All { get; } = new("all", "All audits");

    /// <summary>The four standard categories, in the order the review prints them.</summary>
    public static IReadOnlyList<AuditCategory> Standard { get; } = [Violence, SexualOffences, N100, OtherCrime];

    /// <summary>The forms <see cref="Parse"/> accepts, for error messages.</summary>
    public static IReadOnlyList<string> AcceptedForms { get; } = ["violence", "sexual-offences", "n100", "other", "all", "custom:<name>"];

    private const string CustomPrefix = "custom:";

    /// <summary>A category of the force's own, e.g. <c>Custom("Fraud")</c> with id <c>custom:fraud</c>.</summary>
    /// <param name="name">The name to print; not empty.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentException">The name is empty or white space.</exception>
    public static AuditCategory Custom(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var trimmed = name.Trim();
        return new AuditCategory(CustomPrefix + trimmed.ToLowerInvariant(), trimmed);
    }

    /// <summary>
    /// Reads a category id (<c>violence</c>, <c>sexual-offences</c>, <c>n100</c>, <c>other</c>, <c>all</c>, any case) or
    /// <c>custom:Name</c>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The category.</returns>
    /// <exception cref="NhpInputException">The text is none of the accepted forms; the message lists them.</exception>
    public static AuditCategory Parse(string text) =>
        TryParse(text, out var category)
            ? category
            : throw new NhpInputException($"Unknown audit category '{text}'.", field: "category", acceptedForms: AcceptedForms);

    /// <summary>Tries to read a category as <see cref="Parse"/> does.</summary>
    /// <param name="text">The text.</param>
    /// <param name="category">The category, when recognised.</param>
    /// <returns>Whether the text was recognised.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AuditCategory? category)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.StartsWith(CustomPrefix, StringComparison.OrdinalIgnoreCase) && trimmed.Length > CustomPrefix.Length
            && !string.IsNullOrWhiteSpace(trimmed[CustomPrefix.Length..]))
        {
            category = Custom(trimmed[CustomPrefix.Length..]);
            return true;
        }

        category = Standard.Append(All).FirstOrDefault(c => string.Equals(c.Id, trimmed, StringComparison.OrdinalIgnoreCase));
        return category is not null;
    }

    /// <summary>The id, which <see cref="Parse"/> reads back (custom categories come back with the name in lower case).</summary>
    /// <returns>The id.</returns>
    public override string ToString() => IsStandard || Id == All.Id ? Id : CustomPrefix + Name;
}
