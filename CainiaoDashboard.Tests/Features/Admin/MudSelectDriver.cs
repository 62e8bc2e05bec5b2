using AngleSharp.Dom;
using Bunit;
using MudBlazor;

namespace CainiaoDashboard.Tests.Features.Admin;

/// <summary>Picks an item of a MudSelect as a person does: open the list, click the item. The list renders in the popover provider.</summary>
internal static class MudSelectDriver
{
    public static void Choose(this IRenderedComponent<MudPopoverProvider> popovers, IElement select, string itemText)
    {
        (select.Closest("div.mud-input-control") ?? throw new InvalidOperationException("Not inside a MudSelect.")).MouseDown();
        popovers.WaitForElements(".mud-popover-open .mud-list-item");
        popovers.FindAll(".mud-popover-open .mud-list-item").Single(item => item.TextContent.Trim() == itemText).Click();
    }
}
