namespace CainiaoDashboard.Tests.Harness;

/// <summary>MudBlazor inputs driven in a real browser, as a person does.</summary>
public static class BrowserInputs
{
    /// <summary>Opens a MudSelect with a click and clicks the option, as a person with a mouse does.</summary>
    public static async Task ChooseAsync(IPage page, string testId, string option)
    {
        await page.GetByTestId(testId).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText(option, new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId(testId)).ToHaveValueAsync(option);
    }
}
