namespace CainiaoDashboard.Features.Parcels;

/// <summary>
/// One choice of a <see cref="FilterSelect"/>: its address value ("" for "any"), the text in the open list and,
/// when shorter is clearer, the text the closed select shows.
/// </summary>
public sealed record FilterOption(string Value, string Label, string? Shown = null);
