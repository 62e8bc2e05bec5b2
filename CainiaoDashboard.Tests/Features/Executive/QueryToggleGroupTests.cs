using Bunit.TestDoubles;
using Bunit;
using CainiaoDashboard.Features.Executive;

namespace CainiaoDashboard.Tests.Features.Executive;

public sealed class QueryToggleGroupTests : MudTestContext
{
    [Fact]
    public void Choosing_a_grouping_puts_it_in_the_address_and_keeps_the_range()
    {
        var cut = RenderAt("volume?range=7d&stack=channel", Granularity.Day);

        Assert.Equal("true", cut.Find("[data-testid=by-day]").GetAttribute("aria-checked"));
        cut.Find("button[data-testid=by-week]").Click();

        Assert.Equal("http://localhost/volume?range=7d&stack=channel&by=week", Navigation.Uri);
    }

    [Fact]
    public void Choosing_the_default_takes_the_parameter_out_of_the_address()
    {
        var cut = RenderAt("volume?range=7d&by=month", Granularity.Month);

        Assert.Equal("true", cut.Find("[data-testid=by-month]").GetAttribute("aria-checked"));
        Assert.Equal("false", cut.Find("[data-testid=by-day]").GetAttribute("aria-checked"));
        cut.Find("button[data-testid=by-day]").Click();

        Assert.Equal("http://localhost/volume?range=7d", Navigation.Uri);
    }

    [Fact]
    public void The_group_is_named_by_its_visible_label_and_offers_every_option_as_a_button()
    {
        var cut = RenderAt("volume", StackBy.Carrier, "Stacked by", "stack");

        var group = cut.Find("[role=group]");
        Assert.Equal("Stacked by", cut.Find($"#{group.GetAttribute("aria-labelledby")}").TextContent);
        Assert.Equal(["Carrier", "Channel", "Service", "Region"], group.QuerySelectorAll("button").Select(b => b.TextContent.Trim()));
        Assert.Equal(["stack-carrier", "stack-channel", "stack-service", "stack-region"], group.QuerySelectorAll("button").Select(b => b.GetAttribute("data-testid")));
    }

    [Theory]
    [InlineData("en-GB", new[] { "Carrier", "Channel", "Service", "Region" })]
    [InlineData("zh-CN", new[] { "承运商", "渠道", "服务类型", "区域" })]
    public void Options_are_named_in_the_readers_language_and_keep_their_keys(string language, string[] names)
    {
        using var culture = CultureScope.Of(language);
        Navigation.NavigateTo("volume");
        var cut = Render<QueryToggleGroup<StackBy>>(p => p
            .Add(t => t.Label, "Stacked by")
            .Add(t => t.Parameter, "stack")
            .Add(t => t.Value, StackBy.Carrier)
            .Add(t => t.KeyOf, v => v.Key())
            .Add(t => t.TextOf, VolumeWords.Name));

        var buttons = cut.FindAll("[role=group] button");
        Assert.Equal(names, buttons.Select(b => b.TextContent.Trim()));
        Assert.Equal(["stack-carrier", "stack-channel", "stack-service", "stack-region"], buttons.Select(b => b.GetAttribute("data-testid")));
        buttons[2].Click();
        Assert.Equal("http://localhost/volume?stack=service", Navigation.Uri);
    }

    private BunitNavigationManager Navigation => Services.GetRequiredService<BunitNavigationManager>();

    private IRenderedComponent<QueryToggleGroup<TValue>> RenderAt<TValue>(string address, TValue value, string label = "Per", string parameter = "by")
        where TValue : struct, Enum
    {
        Navigation.NavigateTo(address);
        return Render<QueryToggleGroup<TValue>>(p => p
            .Add(t => t.Label, label)
            .Add(t => t.Parameter, parameter)
            .Add(t => t.Value, value)
            .Add(t => t.KeyOf, v => v.ToString().ToLowerInvariant()));
    }
}
