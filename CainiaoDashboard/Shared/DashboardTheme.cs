using MudBlazor;

namespace CainiaoDashboard.Shared;

/// <summary>
/// The dashboard's one theme. Status colours are chosen for text on the page background at WCAG AA (4.5:1) in
/// both modes, because lateness and status labels are coloured text, not only badges.
/// </summary>
public static class DashboardTheme
{
    public const string CookieName = "CainiaoTheme";

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1259a8",
            Secondary = "#b34700",
            AppbarBackground = "#0f4c8f",
            AppbarText = "#ffffff",
            Success = "#1b6e20",
            Error = "#b71c1c",
            Warning = "#8f4700",
            Info = "#035c94",
            TextSecondary = "rgba(0,0,0,0.68)",
            Background = "#f5f6f8",
            DrawerBackground = "#ffffff",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8cc4ff",
            PrimaryContrastText = "#0b1e33",
            Secondary = "#ffab70",
            Success = "#86d08a",
            Error = "#ff9b9b",
            Warning = "#ffc266",
            Info = "#82d3ff",
            // The dark palette's status colours are light, so text on them (snackbars, filled alerts) must be dark.
            SuccessContrastText = "rgba(0,0,0,0.87)",
            ErrorContrastText = "rgba(0,0,0,0.87)",
            WarningContrastText = "rgba(0,0,0,0.87)",
            InfoContrastText = "rgba(0,0,0,0.87)",
            TextSecondary = "rgba(255,255,255,0.72)",
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "220px" },
    };

    /// <summary>Reads the theme cookie; "material-dark" is what the first theme toggle wrote.</summary>
    public static bool IsDark(string? cookieValue) => cookieValue is "dark" or "material-dark";
}
