namespace Nhp.Rag;

/// <summary>Which way a measure should move to be better: down for crime, up for satisfaction.</summary>
public enum GoodDirection
{
    /// <summary>Higher is better (satisfaction, positive outcomes).</summary>
    Up = 0,

    /// <summary>Lower is better (crime, call wait times).</summary>
    Down = 1,
}
