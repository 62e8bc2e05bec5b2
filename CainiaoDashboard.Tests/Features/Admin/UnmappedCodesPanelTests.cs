using Bunit;
using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Admin;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Features.Admin;

/// <summary>
/// The admin's view of mapping gaps: scans stored as Unknown, counted per carrier and code, from a real SQLite file or
/// PostgreSQL database.
/// </summary>
public abstract class UnmappedCodesPanelTests(DatabaseProvider provider) : MudTestContext, IAsyncLifetime
{
    public sealed class OnSqlite() : UnmappedCodesPanelTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : UnmappedCodesPanelTests(DatabaseProvider.Postgres);

    private MigratedDatabase database = default!;

    public async ValueTask InitializeAsync()
    {
        database = await MigratedDatabase.CreateAsync("unmapped.db", provider);
        Services.AddSingleton(new UnmappedCodesQuery(database.Contexts));
        RenderProviders();
    }

    [Fact]
    public async Task Unmapped_codes_are_listed_per_carrier_and_code_with_the_most_scans_first_and_mapped_scans_left_out()
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        var created = DateTime.UtcNow.AddDays(-1);
        using (var pipeline = database.NewPipeline())
        {
            await pipeline.StartAsync(ct);
            string[] numbers = [await TestParcels.RegisterAsync(pipeline, created, ct), await TestParcels.RegisterAsync(pipeline, created, ct)];
            CarrierEvent Scan(string number, string id, ParcelStatus status, string code, string text, double hours) =>
                new(Zto, id, number, status, ParcelSubStatus.None, code, text, null, created.AddHours(hours));
            await pipeline.SubmitAsync(
            [
                Scan(numbers[0], "a", ParcelStatus.PickedUp, "揽收", "已揽收", 1),
                Scan(numbers[0], "b", ParcelStatus.Unknown, "转投", "快件已转交其他快递公司", 2),
                Scan(numbers[1], "c", ParcelStatus.Unknown, "转投", "快件转投", 2),
                Scan(numbers[1], "d", ParcelStatus.Unknown, "8", "清关中", 3),
            ], ct);
            await pipeline.StopAsync(ct);
        }

        var cut = Render<UnmappedCodesPanel>(p => p.Add(c => c.Zone, DisplayTimeZones.ChinaStandardTime));

        cut.WaitForElement("[data-testid=unmapped-table]");
        var rows = cut.FindAll("tbody tr");
        Assert.Equal(["转投", "8"], rows.Select(r => r.GetAttribute("data-code")));
        Assert.All(rows, r => Assert.Equal("ZTO", r.GetAttribute("data-carrier")));
        Assert.Equal(["2", "1"], cut.FindAll("[data-testid=unmapped-scans]").Select(c => c.TextContent));
        Assert.Contains("快件转投", rows[0].TextContent);
    }

    [Theory]
    [InlineData("en-GB", "Carrier|Code|Scans|Last received|Example text", "(none)")]
    [InlineData("zh-CN", "承运商|代码|扫描数|最近接收|示例文本", "（无）")]
    public async Task The_table_speaks_the_readers_language_with_times_in_iso_form(string language, string headers, string none)
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        var created = DateTime.UtcNow.AddDays(-1);
        using (var pipeline = database.NewPipeline())
        {
            await pipeline.StartAsync(ct);
            var number = await TestParcels.RegisterAsync(pipeline, created, ct);
            await pipeline.SubmitAsync([new CarrierEvent(Zto, "x", number, ParcelStatus.Unknown, ParcelSubStatus.None, "", "无代码", null, created.AddHours(1))], ct);
            await pipeline.StopAsync(ct);
        }

        var received = (await new UnmappedCodesQuery(database.Contexts).ReadAsync(ct)).Single().LastReceivedUtc;
        using var culture = CultureScope.Of(language);

        var cut = Render<UnmappedCodesPanel>(p => p.Add(c => c.Zone, DisplayTimeZones.ChinaStandardTime));

        cut.WaitForElement("[data-testid=unmapped-table]");
        Assert.Equal(headers.Split('|'), cut.FindAll("thead th").Select(h => h.TextContent));
        var cells = cut.FindAll("tbody td").Select(c => c.TextContent).ToList();
        Assert.Equal(none, cells[1]);
        Assert.Equal(DisplayTimeZones.ChinaStandardTime.ToLocal(received).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " CST", cells[3]);
    }

    [Theory]
    [InlineData("en-GB", "Every carrier code received so far is mapped.")]
    [InlineData("zh-CN", "目前收到的承运商代码均已映射。")]
    public void Without_unmapped_codes_it_says_so_in_the_readers_language(string language, string empty)
    {
        using var culture = CultureScope.Of(language);

        var cut = Render<UnmappedCodesPanel>(p => p.Add(c => c.Zone, DisplayTimeZones.ChinaStandardTime));

        Assert.Equal(empty, cut.WaitForElement("[data-testid=unmapped-empty]").TextContent);
    }

    [Fact]
    public void Without_unmapped_codes_the_panel_says_every_code_is_mapped()
    {
        var cut = Render<UnmappedCodesPanel>(p => p.Add(c => c.Zone, DisplayTimeZones.ChinaStandardTime));

        cut.WaitForElement("[data-testid=unmapped-empty]");
        Assert.Contains("Every carrier code received so far is mapped.", cut.Markup);
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        database.Dispose();
    }
}
