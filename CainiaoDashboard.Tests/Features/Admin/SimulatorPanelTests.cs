using Bunit;
using CainiaoDashboard.Features.Admin;
using CainiaoDashboard.Simulation;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Tests.Features.Admin;

public sealed class SimulatorPanelTests : MudTestContext
{
    // Another admin's change reaches the panel when the test moves this clock.
    private readonly ManualTimeProvider pacing = new(DateTimeOffset.UnixEpoch);
    private readonly SimulatorScenarios scenarios;

    public SimulatorPanelTests()
    {
        scenarios = new SimulatorScenarios(pacing);
        Services.AddSingleton(scenarios);
        Services.AddSingleton(Options.Create(new SimulatorOptions { Enabled = true }));
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        RenderProviders();
    }

    [Fact]
    public void Applied_settings_are_what_the_engine_reads_and_the_panel_says_what_is_in_effect()
    {
        var cut = Render<SimulatorPanel>();

        cut.Find("input[data-testid=sim-rate]").Input("2.5");
        cut.Find("input[data-testid=sim-surge]").Change(true);
        Popovers.Choose(cut.Find("[data-testid=sim-weather-hub]"), "HGH · Hangzhou sorting centre");
        Popovers.Choose(cut.Find("[data-testid=sim-customs-gateway]"), "LAX · Los Angeles gateway");
        cut.Find("[data-testid=sim-apply]").Click();

        Assert.Equal(new ScenarioSettings(true, 1, 9, 2.5), scenarios.Current);
        Assert.Equal("In effect: rate ×2.5, Singles' Day surge, weather at HGH, customs hold at LAX", cut.Find("[data-testid=sim-current]").TextContent);
        Snackbars.WaitForAssertion(() => Assert.Contains("Simulator settings applied", Snackbars.Markup));
    }

    [Theory]
    [InlineData("en-GB", "Rate multiplier|Weather at a hub|Customs hold wave at a gateway", "× 20,000 parcels a day; 0 stops new parcels",
        "HGH · Hangzhou sorting centre", "In effect: rate ×2.5, Singles' Day surge, weather at HGH, customs hold at LAX", "Simulator settings applied")]
    [InlineData("zh-CN", "速率倍数|分拨中心天气影响|口岸海关集中扣留", "× 每天20,000件；0 表示不再产生新包裹",
        "HGH · 杭州分拨中心", "当前生效：速率×2.5，双11高峰，HGH天气影响，LAX海关扣留", "模拟器设置已应用")]
    public void Speaks_the_readers_language_with_numbers_in_its_culture(
        string language, string labels, string helper, string hub, string inEffect, string applied)
    {
        using var culture = CultureScope.Of(language);
        var cut = Render<SimulatorPanel>();

        Assert.Equal(labels.Split('|'), cut.FindAll("label.mud-input-label").Select(l => l.TextContent));
        Assert.Equal(helper, cut.Find("[data-testid=simulator-panel] .mud-input-helper-text").TextContent);
        cut.Find("input[data-testid=sim-rate]").Input("2.5");
        cut.Find("input[data-testid=sim-surge]").Change(true);
        Popovers.Choose(cut.Find("[data-testid=sim-weather-hub]"), hub);
        Popovers.Choose(cut.Find("[data-testid=sim-customs-gateway]"), "LAX · " + (language == "zh-CN" ? "洛杉矶口岸" : "Los Angeles gateway"));
        cut.Find("[data-testid=sim-apply]").Click();

        Assert.Equal(inEffect, cut.Find("[data-testid=sim-current]").TextContent);
        Snackbars.WaitForAssertion(() => Assert.Contains(applied, Snackbars.Markup));
    }

    [Fact]
    public void A_refused_rate_is_explained_in_chinese()
    {
        using var culture = CultureScope.Chinese();
        var cut = Render<SimulatorPanel>();

        cut.Find("input[data-testid=sim-rate]").Input("500");
        cut.Find("[data-testid=sim-apply]").Click();

        Snackbars.WaitForAssertion(() =>
            Assert.Equal("速率倍数须在0到100之间；未做任何更改。", Snackbars.Find(".mud-snackbar.mud-alert-filled-error").TextContent.Trim()));
    }

    [Fact]
    public void An_invalid_rate_is_refused_with_the_error_and_nothing_changes()
    {
        scenarios.Set(new ScenarioSettings(RateMultiplier: 2.5));
        var cut = Render<SimulatorPanel>();

        cut.Find("input[data-testid=sim-rate]").Input("500");
        cut.Find("[data-testid=sim-apply]").Click();

        Assert.Equal(new ScenarioSettings(RateMultiplier: 2.5), scenarios.Current);
        Assert.Equal("In effect: rate ×2.5", cut.Find("[data-testid=sim-current]").TextContent);
        Snackbars.WaitForAssertion(() =>
        {
            var error = Snackbars.Find(".mud-snackbar.mud-alert-filled-error");
            Assert.Equal("The rate multiplier must be between 0 and 100; nothing was changed.", error.TextContent.Trim());
        });
        Assert.Contains("must be between 0 and 100", cut.Find("[data-testid=simulator-panel] .mud-input-helper-text").TextContent);
    }

    [Fact]
    public void Reset_applies_the_defaults()
    {
        scenarios.Set(new ScenarioSettings(true, 1, 9, 2.5));
        var cut = Render<SimulatorPanel>();

        cut.Find("[data-testid=sim-reset]").Click();

        Assert.Equal(new ScenarioSettings(), scenarios.Current);
        Assert.Equal("In effect: rate ×1", cut.Find("[data-testid=sim-current]").TextContent);
        Assert.Equal("None", cut.Find("input[data-testid=sim-weather-hub]").GetAttribute("value"));
    }

    [Fact]
    public void A_change_made_elsewhere_shows_at_once()
    {
        var cut = Render<SimulatorPanel>();

        scenarios.Set(new ScenarioSettings(SinglesDaySurge: true));
        pacing.Advance(TimeSpan.Zero);

        cut.WaitForAssertion(() => Assert.Equal("In effect: rate ×1, Singles' Day surge", cut.Find("[data-testid=sim-current]").TextContent));
    }
}
