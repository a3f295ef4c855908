namespace Nhp.Integrity;

/// <summary>A victim equality-data field whose completeness HMICFRS looks at.</summary>
public enum EqualityField
{
    /// <summary>Gender.</summary>
    Gender = 0,

    /// <summary>Age.</summary>
    Age = 1,

    /// <summary>Ethnicity.</summary>
    Ethnicity = 2,

    /// <summary>Disability.</summary>
    Disability = 3,

    /// <summary>Religion or belief.</summary>
    Religion = 4,

    /// <summary>Sexual orientation.</summary>
    Sexuality = 5,
}
