using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CainiaoDashboard.Shared;

/// <summary>
/// A MudBlazor SVG icon (an <see cref="Icons"/> path string) as plain markup, with the classes MudIcon gives it.
/// For icons that only decorate: every MudIcon is a component with its own render trees in every open circuit, while
/// markup costs one frame in its parent's tree, and the strings are shared by all circuits.
/// Icons passed to MudBlazor components (buttons, inputs) stay theirs.
/// </summary>
public static class SvgIcon
{
    /// <summary>
    /// Icons drawn by reference to their symbol in the <c>IconSprite</c> every page carries, rather than by their paths:
    /// those of the overview's live panels (KPI cards, alerts, hub rows), whose HTML every open overview circuit holds
    /// again with each update (the paths were a third of it). Anywhere else they are drawn the same way, from the same
    /// sprite; other icons keep their paths.
    /// </summary>
    public static IReadOnlyList<string> Sprite => SpriteIcons;

    private static readonly string[] SpriteIcons =
    [
        Icons.Material.Outlined.Info, Icons.Material.Filled.TrendingUp, Icons.Material.Filled.TrendingDown, Icons.Material.Filled.TrendingFlat,
        Icons.Material.Filled.Error, Icons.Material.Filled.Warning,
    ];

    /// <summary>The element id of the sprite's symbol for <see cref="Sprite"/>[<paramref name="index"/>].</summary>
    public static string SpriteId(int index) => $"icon-{index}";

    private static readonly ConcurrentDictionary<(string Icon, Size Size, string? CssClass, Color Color), MarkupString> Rendered = new();

    /// <param name="icon">An <see cref="Icons"/> SVG string.</param>
    /// <param name="size">As MudIcon's Size.</param>
    /// <param name="cssClass">Classes added after MudIcon's own.</param>
    /// <param name="color">As MudIcon's Color: Inherit takes the text colour, Default the theme's icon colour.</param>
    public static MarkupString Of(string icon, Size size = Size.Medium, string? cssClass = null, Color color = Color.Inherit) =>
        Rendered.GetOrAdd((icon, size, cssClass, color), static key => new MarkupString(Markup(key.Icon, key.Size, key.CssClass, key.Color)));

    private static string Markup(string icon, Size size, string? cssClass, Color color)
    {
        var classes = new List<string> { "mud-icon-root" };
        if (color == Color.Default) classes.Add("mud-icon-default");
        classes.Add("mud-svg-icon");
        if (color is not (Color.Default or Color.Inherit)) classes.Add($"mud-{Lower(color)}-text");
        classes.Add($"mud-icon-size-{Lower(size)}");
        if (!string.IsNullOrWhiteSpace(cssClass)) classes.Add(cssClass);
        var classAttribute = WebUtility.HtmlEncode(string.Join(' ', classes));
        var index = Array.IndexOf(SpriteIcons, icon);
        var drawing = index < 0 ? icon : $"<use href=\"#{SpriteId(index)}\"/>";
        return $"<svg class=\"{classAttribute}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\">{drawing}</svg>";
    }

    private static string Lower<T>(T value) where T : Enum => value.ToString().ToLowerInvariant();
}
