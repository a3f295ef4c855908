namespace Nhp.Governance.Peel;

/// <summary>
/// An area for improvement's status as understood: the state, where it was taken from, and the words it was taken
/// from (the status as printed, or the linked actions counted). Immutable; equality is by value.
/// </summary>
/// <param name="State">The state.</param>
/// <param name="Basis">Where the state comes from.</param>
/// <param name="Text">The printed words the state was read from, or a sentence counting the linked actions; empty when nothing says.</param>
public sealed record AfiStatus(AfiState State, AfiStatusBasis Basis, string Text);
