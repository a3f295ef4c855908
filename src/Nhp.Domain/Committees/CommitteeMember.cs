namespace Nhp.Committees;

/// <summary>A member of a committee, named as the pack names them ("Alderman Timothy Hailes").</summary>
/// <param name="Name">The name, with any title, as written.</param>
/// <param name="Role">The role.</param>
public sealed record CommitteeMember(string Name, MemberRole Role = MemberRole.Member);
