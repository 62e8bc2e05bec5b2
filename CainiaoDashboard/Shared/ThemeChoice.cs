using Microsoft.AspNetCore.Components;

namespace CainiaoDashboard.Shared;

/// <summary>
/// The theme of this page load, read from the theme cookie while the page is rendered on the server and carried into
/// the circuit as persisted state: an interactive island has no HTTP request to read the cookie from.
/// </summary>
public sealed class ThemeChoice
{
    [PersistentState] public bool IsDark { get; set; }
}
