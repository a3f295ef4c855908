namespace Nhp.Frameworks;

/// <summary>How a statement's rating moved between two assessments.</summary>
public enum RatingChange
{
    /// <summary>Rated in both, at the same level.</summary>
    Same,

    /// <summary>Rated higher in the later assessment.</summary>
    Improved,

    /// <summary>Rated lower in the later assessment.</summary>
    Declined,

    /// <summary>Rated only in the later assessment.</summary>
    NewlyRated,

    /// <summary>Rated only in the earlier assessment.</summary>
    NoLongerRated,

    /// <summary>Rated in neither, or at a level not on the scale, so no movement can be told.</summary>
    NotComparable,
}
