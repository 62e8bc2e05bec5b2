
namespace CainiaoDashboard.Shared.Charts;

/// <summary>
/// The theme's colours as ApexCharts needs them. MainLayout cascades the one for the current mode, and
/// <see cref="ApexChart"/> applies it, so charts follow the light / dark switch without each page knowing.
/// </summary>
public sealed record ChartPalette(string Mode, string TextColor, string GridColor, IReadOnlyList<string> Series)
{
    public static readonly ChartPalette Light = new("light", "rgba(0,0,0,0.78)", "#d9dce1",
    [
        DashboardTheme.Theme.PaletteLight.Primary.ToString(), "#2e8540", "#c25e00", "#7b3fa0", "#00838f", "#c62828",
        "#6d4c41", "#3949ab", "#9e9d24",
    ]);

    public static readonly ChartPalette Dark = new("dark", "rgba(255,255,255,0.84)", "#4a4b57",
    [
        DashboardTheme.Theme.PaletteDark.Primary.ToString(), "#86d08a", "#ffb366", "#d1a3f0", "#5fd6e0", "#ff8a80",
        "#bcaaa4", "#9fa8ff", "#dce775",
    ]);

    public static ChartPalette For(bool dark) => dark ? Dark : Light;

    /// <summary>The series colour for a position, repeating after the palette's end.</summary>
    public string SeriesColour(int index) => Series[index % Series.Count];

    public string Good => Series[1];
    public string Bad => Series[5];
}
