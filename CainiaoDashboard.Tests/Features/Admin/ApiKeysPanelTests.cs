using Bunit;
using CainiaoDashboard.Features.Admin;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Features.Admin;

public sealed class ApiKeysPanelTests : MudTestContext, IClassFixture<AdminApp>
{
    private readonly ApiKeys keys;

    public ApiKeysPanelTests(AdminApp app)
    {
        keys = app.Services.GetRequiredService<ApiKeys>();
        Services.AddSingleton(keys);
        RenderProviders();
    }

    [Fact]
    public async Task A_created_key_is_shown_once_works_for_its_carrier_and_the_list_keeps_only_its_start()
    {
        var cut = RenderPanel();

        Popovers.Choose(cut.Find("[data-testid=key-carrier]"), "STO · STO Express (Shentong)");
        cut.Find("[data-testid=key-create]").Click();

        var key = cut.WaitForElement("input[data-testid=new-key]").GetAttribute("value")!;
        Assert.StartsWith("cnk_", key);
        Assert.Contains("New key for STO", cut.Find("[data-testid=new-key-notice]").TextContent);
        Assert.Equal(Sto, await keys.FindCarrierAsync(key, Xunit.TestContext.Current.CancellationToken));
        var row = cut.Find($"tr[data-key-prefix='{key[..10]}']");
        Assert.Equal("true", row.GetAttribute("data-active"));
        Assert.StartsWith("STO", row.TextContent.Trim());
        Snackbars.WaitForAssertion(() => Assert.Contains("Key created for STO.", Snackbars.Markup));

        cut.Find("[data-testid=new-key-done]").Click();
        Assert.Empty(cut.FindAll("[data-testid=new-key]"));
        Assert.DoesNotContain(key, cut.Markup);
    }

    [Fact]
    public async Task A_platform_key_needs_the_systems_name_and_opens_the_complaints_door_not_the_carriers()
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        var cut = RenderPanel();

        Popovers.Choose(cut.Find("[data-testid=key-carrier]"), "Platform system · orders and complaints");
        cut.Find("[data-testid=key-create]").Click();
        cut.WaitForAssertion(() => Assert.Contains("Name the system the key is for", cut.Find(".mud-input-error").TextContent));
        Assert.Empty(cut.FindAll("input[data-testid=new-key]"));

        cut.Find("input[data-testid=key-platform-name]").Input("Tmall orders");
        cut.Find("[data-testid=key-create]").Click();

        var key = cut.WaitForElement("input[data-testid=new-key]").GetAttribute("value")!;
        Assert.StartsWith("cnp_", key);
        Assert.Contains("New key for Tmall orders (platform)", cut.Find("[data-testid=new-key-notice]").TextContent);
        Assert.Equal("Tmall orders", await keys.FindPlatformAsync(key, ct));
        Assert.Null(await keys.FindCarrierAsync(key, ct));
        Assert.StartsWith("Tmall orders (platform)", cut.Find($"tr[data-key-prefix='{key[..10]}']").TextContent.Trim());
    }

    [Fact]
    public async Task Revoke_asks_first_cancel_keeps_the_key_working_and_ok_revokes_it_and_says_so()
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        var key = await keys.CreateCarrierKeyAsync(Zto, ct);
        var cut = RenderPanel();
        var row = $"tr[data-key-prefix='{key[..10]}']";

        cut.WaitForElement($"{row} [data-testid=key-revoke]").Click();
        Assert.Contains($"Revoke ZTO key {key[..10]}…?", Dialogs.WaitForElement("[data-testid=confirm-message]").TextContent);
        Dialogs.Find("[data-testid=confirm-cancel]").Click();

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        Assert.Equal("true", cut.Find(row).GetAttribute("data-active"));
        Assert.Equal(Zto, await keys.FindCarrierAsync(key, ct));

        cut.Find($"{row} [data-testid=key-revoke]").Click();
        Dialogs.WaitForElement("[data-testid=confirm-ok]").Click();

        cut.WaitForAssertion(() => Assert.Equal("false", cut.Find(row).GetAttribute("data-active")));
        Assert.Contains("Revoked", cut.Find(row).TextContent);
        Assert.Empty(cut.FindAll($"{row} [data-testid=key-revoke]"));
        Assert.Null(await keys.FindCarrierAsync(key, ct));
        Snackbars.WaitForAssertion(() => Assert.Contains($"Key revoked: ZTO key {key[..10]}… no longer works.", Snackbars.Markup));
    }

    [Fact]
    public async Task Rotate_after_confirmation_stops_the_old_key_and_shows_its_replacement_once()
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        var old = await keys.CreateCarrierKeyAsync(Zto, ct);
        var cut = RenderPanel();

        cut.WaitForElement($"tr[data-key-prefix='{old[..10]}'] [data-testid=key-rotate]").Click();
        Assert.Equal("Rotate", Dialogs.WaitForElement("[data-testid=confirm-ok]").TextContent.Trim());
        Dialogs.Find("[data-testid=confirm-ok]").Click();

        var replacement = cut.WaitForElement("input[data-testid=new-key]").GetAttribute("value")!;
        Assert.NotEqual(old, replacement);
        Assert.Contains("Replacement key for ZTO", cut.Find("[data-testid=new-key-notice]").TextContent);
        Assert.Null(await keys.FindCarrierAsync(old, ct));
        Assert.Equal(Zto, await keys.FindCarrierAsync(replacement, ct));
        Assert.Equal("false", cut.Find($"tr[data-key-prefix='{old[..10]}']").GetAttribute("data-active"));
        Assert.Equal("true", cut.Find($"tr[data-key-prefix='{replacement[..10]}']").GetAttribute("data-active"));
        Snackbars.WaitForAssertion(() => Assert.Contains("Key rotated", Snackbars.Markup));
    }

    private IRenderedComponent<ApiKeysPanel> RenderPanel()
    {
        var cut = Render<ApiKeysPanel>(p => p.Add(c => c.Zone, DisplayTimeZones.ChinaStandardTime));
        cut.WaitForElement("[data-testid=keys-table], [data-testid=keys-empty]");
        return cut;
    }
}
