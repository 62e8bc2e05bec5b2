using Bunit;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Admin;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Features.Admin;

/// <summary>The admin's view of mapping gaps: scans stored as Unknown, counted per carrier and code, from a real SQLite file.</summary>
public sealed class UnmappedCodesPanelTests : MudTestContext, IAsyncLifetime
{
    private MigratedDatabase database = default!;

    public async ValueTask InitializeAsync()
    {
        database = await MigratedDatabase.CreateAsync("unmapped.db");
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
