namespace Nhp.Committees;

/// <summary>The officer named at the end of a paper for questions: name, role and e-mail address, as written.</summary>
/// <param name="Name">The name.</param>
/// <param name="Role">The role ("Head of Strategy &amp; Planning"), or none.</param>
/// <param name="Email">The e-mail address, or none.</param>
public sealed record ContactOfficer(string Name, string? Role = null, string? Email = null);
