namespace Nhp.Delivery;

/// <summary>The role of each column of a plan table, as its header names them. Immutable.</summary>
/// <param name="Roles">One role per column.</param>
internal sealed record TableLayout(IReadOnlyList<ColumnRole> Roles)
{
    /// <summary>The text export's order: code, commitment, summary, RAG, date.</summary>
    public static TableLayout Default { get; } = new([ColumnRole.Code, ColumnRole.Commitment, ColumnRole.Summary, ColumnRole.Rag, ColumnRole.Date]);

    /// <summary>The column of a role; -1 when the table has none.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The index.</returns>
    public int IndexOf(ColumnRole role)
    {
        for (var i = 0; i < Roles.Count; i++)
        {
            if (Roles[i] == role)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The role of a column; <see cref="ColumnRole.None"/> past the last.</summary>
    /// <param name="index">The column.</param>
    /// <returns>The role.</returns>
    public ColumnRole RoleOf(int index) => index < Roles.Count ? Roles[index] : ColumnRole.None;

    /// <summary>Whether the commitment column comes before the summary column (true when either is missing).</summary>
    public bool CommitmentFirst => IndexOf(ColumnRole.Commitment) is var c && IndexOf(ColumnRole.Summary) is var s && (c < 0 || s < 0 || c < s);

    /// <summary>Whether two layouts name the same roles in the same columns.</summary>
    /// <param name="other">The other layout.</param>
    /// <returns>Whether they are the same.</returns>
    public bool Equals(TableLayout? other) => other is not null && Roles.SequenceEqual(other.Roles);

    /// <inheritdoc/>
    public override int GetHashCode() => Roles.Aggregate(0, (hash, role) => HashCode.Combine(hash, role));
}
