using MudBlazor;

namespace CainiaoDashboard.Shared;

/// <summary>
/// The dashboard's one theme. Status colours are chosen for text on the page background at WCAG AA (4.5:1) in
/// both modes, because lateness and status labels are coloured text, not only badges.
/// </summary>
public static class DashboardTheme
{
    public const string CookieName = "CainiaoTheme";

    /// <summary>The theme toggle's values, as its form posts them and the cookie keeps them.</summary>
    public const string Dark = "dark", Light = "light";

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = WithTextColours(
            new PaletteLight { AppbarBackground = "#0f4c8f", AppbarText = "#ffffff", Background = "#f5f6f8", DrawerBackground = "#ffffff" },
            new TextColours("#1259a8", "#b34700", "#1b6e20", "#b71c1c", "#8f4700", "#035c94", "rgba(0,0,0,0.68)")),
        PaletteDark = WithTextColours(
            new PaletteDark
            {
                PrimaryContrastText = "#0b1e33",
                // The dark palette's status colours are light, so text on them (snackbars, filled alerts) must be dark.
                SuccessContrastText = "rgba(0,0,0,0.87)",
                ErrorContrastText = "rgba(0,0,0,0.87)",
                WarningContrastText = "rgba(0,0,0,0.87)",
                InfoContrastText = "rgba(0,0,0,0.87)",
            },
            new TextColours("#8cc4ff", "#ffab70", "#86d08a", "#ff9b9b", "#ffc266", "#82d3ff", "rgba(255,255,255,0.72)")),
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "220px" },
    };

    /// <summary>The colours each mode uses for text on its page background: the set held to WCAG AA.</summary>
    private sealed record TextColours(
        string Primary, string Secondary, string Success, string Error, string Warning, string Info, string TextSecondary);

    private static TPalette WithTextColours<TPalette>(TPalette palette, TextColours colours) where TPalette : Palette
    {
        palette.Primary = colours.Primary;
        palette.Secondary = colours.Secondary;
        palette.Success = colours.Success;
        palette.Error = colours.Error;
        palette.Warning = colours.Warning;
        palette.Info = colours.Info;
        palette.TextSecondary = colours.TextSecondary;
        return palette;
    }

    /// <summary>Reads the theme cookie; "material-dark" is what the first theme toggle wrote.</summary>
    public static bool IsDark(string? cookieValue) => cookieValue is Dark or "material-dark";
}
