namespace Nhp.Governance.Peel;

/// <summary>Where an area for improvement's understood status comes from.</summary>
public enum AfiStatusBasis
{
    /// <summary>Nothing: no linked action and no status printed.</summary>
    None,

    /// <summary>The register actions linked to it, open or closed at the update's date.</summary>
    Register,

    /// <summary>The status printed for the area itself.</summary>
    Printed,

    /// <summary>The status the update prints for all its areas together (e.g. its conclusion).</summary>
    Update,
}
