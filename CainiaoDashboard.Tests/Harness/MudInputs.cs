using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>Drives MudBlazor inputs in bunit the way a user does: open a select and click an option, type into a field.</summary>
public static class MudInputs
{
    /// <summary>Opens the MudSelect whose input carries <paramref name="testId"/> and clicks the option showing <paramref name="option"/>.</summary>
    public static void Choose<T>(this IRenderedComponent<MudPopoverProvider> popovers, IRenderedComponent<T> cut, string testId, string option)
        where T : IComponent
    {
        var input = cut.Find($"input[data-testid='{testId}']");
        input.Closest(".mud-input-control")!.MouseDown();
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-popover-open .mud-list-item"), i => i.TextContent.Trim() == option), TimeSpan.FromSeconds(5));
        popovers.FindAll(".mud-popover-open .mud-list-item").First(i => i.TextContent.Trim() == option).Click();
    }

    /// <summary>The text a MudSelect shows for its value.</summary>
    public static string Shown<T>(this IRenderedComponent<T> cut, string testId) where T : IComponent =>
        cut.Find($"input[data-testid='{testId}']").GetAttribute("value") ?? "";

    public static IElement TextBox<T>(this IRenderedComponent<T> cut, string testId) where T : IComponent =>
        cut.Find($"textarea[data-testid='{testId}'], input[data-testid='{testId}']");
}
