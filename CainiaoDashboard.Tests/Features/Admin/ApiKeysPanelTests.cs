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

    [Theory]
    [InlineData("en-GB", "For|Key starts|Created|Status", "Tmall orders (platform)", "Active", "Revoked ", "Revoke key", "Revoke ZTO key {0}…? Requests with it are refused at once.", "Revoke", "Cancel")]
    [InlineData("zh-CN", "用于|密钥开头|创建时间|状态", "Tmall orders（平台）", "有效", "已于", "吊销密钥", "吊销ZTO密钥 {0}…？使用该密钥的请求将立即被拒绝。", "吊销", "取消")]
    public async Task The_list_and_its_confirmation_speak_the_readers_language_with_times_in_iso_form(
        string language, string headers, string platform, string active, string revoked, string title, string question, string revoke, string cancel)
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        var carrierKey = await keys.CreateCarrierKeyAsync(Zto, ct);
        var platformKey = await keys.CreatePlatformKeyAsync("Tmall orders", ct);
        await keys.RevokeAsync((await keys.ListAsync(ct)).Single(k => platformKey.StartsWith(k.Prefix, StringComparison.Ordinal)).Id, ct);
        var stored = (await keys.ListAsync(ct)).Single(k => carrierKey.StartsWith(k.Prefix, StringComparison.Ordinal));
        using var culture = CultureScope.Of(language);

        var cut = RenderPanel();

        Assert.Equal(headers.Split('|'), cut.FindAll("[data-testid=keys-table] thead th").Take(4).Select(h => h.TextContent));
        var carrierRow = cut.Find($"tr[data-key-prefix='{carrierKey[..10]}']");
        var cells = carrierRow.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(Iso(stored.CreatedUtc), cells[2]);
        Assert.Equal(active, cells[3]);
        var platformRow = cut.Find($"tr[data-key-prefix='{platformKey[..10]}']");
        Assert.Equal(platform, platformRow.QuerySelector("td")!.TextContent);
        Assert.StartsWith(revoked, platformRow.QuerySelector(".admin-status-stopped")!.TextContent);
        Assert.Matches(@"\d{4}-\d{2}-\d{2} \d{2}:\d{2} CST", platformRow.QuerySelector(".admin-status-stopped")!.TextContent);

        carrierRow.QuerySelector("[data-testid=key-revoke]")!.Click();

        Assert.Equal(string.Format(question, carrierKey[..10]), Dialogs.WaitForElement("[data-testid=confirm-message]").TextContent);
        Assert.Equal(title, Dialogs.Find(".mud-dialog-title").TextContent.Trim());
        Assert.Equal(revoke, Dialogs.Find("[data-testid=confirm-ok]").TextContent.Trim());
        Assert.Equal(cancel, Dialogs.Find("[data-testid=confirm-cancel]").TextContent.Trim());
        Dialogs.Find("[data-testid=confirm-cancel]").Click();
    }

    [Theory]
    [InlineData("en-GB", "Platform system · orders and complaints", "Name the system the key is for, for example \"Tmall orders\".", "New key for Tmall orders (platform): shown once.")]
    [InlineData("zh-CN", "平台系统 · 订单与投诉", "请填写密钥所属系统的名称，例如“天猫订单系统”。", "Tmall orders（平台）的新密钥：仅显示一次。")]
    public void Creating_a_platform_key_speaks_the_readers_language(string language, string choice, string problem, string notice)
    {
        using var culture = CultureScope.Of(language);
        var cut = RenderPanel();

        Popovers.Choose(cut.Find("[data-testid=key-carrier]"), choice);
        cut.Find("[data-testid=key-create]").Click();
        cut.WaitForAssertion(() => Assert.Contains(problem, cut.Find(".mud-input-error").TextContent));

        cut.Find("input[data-testid=key-platform-name]").Input("Tmall orders");
        cut.Find("[data-testid=key-create]").Click();

        cut.WaitForAssertion(() => Assert.StartsWith(notice, cut.Find("[data-testid=new-key-notice] .new-key-title").TextContent));
    }

    private static string Iso(DateTime utc) =>
        DisplayTimeZones.ChinaStandardTime.ToLocal(utc).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " CST";

    private IRenderedComponent<ApiKeysPanel> RenderPanel()
    {
        var cut = Render<ApiKeysPanel>(p => p.Add(c => c.Zone, DisplayTimeZones.ChinaStandardTime));
        cut.WaitForElement("[data-testid=keys-table], [data-testid=keys-empty]");
        return cut;
    }
}
