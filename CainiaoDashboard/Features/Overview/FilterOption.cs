namespace CainiaoDashboard.Features.Overview;

/// <summary>One choice of an overview filter: the code that goes into the address and the name a person reads.</summary>
public sealed record FilterOption(string Code, string Name);
