namespace CainiaoDashboard.Simulation;

/// <summary>
/// One planned step, kept to 16 bytes because about a hundred thousand parcels are in flight at once, each
/// holding its whole future. Wording is chosen from <see cref="Variant"/> only when the step is emitted.
/// </summary>
/// <param name="HubId">0 when the step has no hub.</param>
/// <param name="ByPartner">Sent by the cross-border partner under its own tracking number.</param>
internal readonly record struct PlanStep(long Ticks, StepKind Kind, byte HubId, byte Variant, bool ByPartner);
