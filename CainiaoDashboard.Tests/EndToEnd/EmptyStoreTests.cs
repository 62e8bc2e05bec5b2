using System.Net.Http.Json;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.EndToEnd;

/// <summary>A dashboard started on real data alone with nothing received yet: the pages say so, and how data gets in.</summary>
public sealed class EmptyStoreTests(DashboardServer server, BrowserFixture browser) : PageTests<DashboardServer>(server, browser)
{
    [Fact]
    public async Task Every_data_page_says_there_are_no_parcels_yet_and_how_they_get_in_until_the_first_one_is_registered()
    {
        var ct = TestContext.Current.CancellationToken;
        string[] pages = ["/", "/parcels", "/complaints", "/volume", "/flows"];

        foreach (var path in pages)
        {
            var page = await OpenAsync(Roles.Admin, path);
            var notice = page.GetByTestId("empty-store");
            await Assertions.Expect(notice).ToContainTextAsync("No parcels yet.");
            await Assertions.Expect(notice).ToContainTextAsync("POST /api/parcels");
            await Assertions.Expect(notice).ToContainTextAsync("-- import --parcels parcels.csv --events events.csv --complaints complaints.csv");
            await Assertions.Expect(notice.Locator("a[href='/admin']")).ToHaveCountAsync(1);
            await Assertions.Expect(notice).Not.ToContainTextAsync("an administrator creates one");
            await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("NaN");
        }

        var support = await OpenAsync(Roles.Support, "/parcels");
        await Assertions.Expect(support.GetByTestId("empty-store")).ToContainTextAsync("an administrator creates one under Admin → API keys");
        await Assertions.Expect(support.GetByTestId("empty-store").Locator("a")).ToHaveCountAsync(0);

        using var orders = Server.CreateClient();
        orders.DefaultRequestHeaders.Add(ApiKeys.HeaderName,
            await Server.Services.GetRequiredService<ApiKeys>().CreatePlatformKeyAsync("Tmall orders", ct));
        var ordered = DateTimeOffset.UtcNow.AddHours(-1);
        object[] parcel = [new { trackingNumber = "ES1000000001", carrier = "ZTO", service = "NEXT_DAY", channel = "TMALL", orderedAt = ordered,
            promisedAt = ordered.AddHours(36), originHub = "HGH", destinationCountry = "CN", destinationProvince = "Jiangsu" }];
        (await orders.PostAsJsonAsync("/api/parcels", parcel, ct)).EnsureSuccessStatusCode();

        foreach (var path in pages)
        {
            var page = await OpenAsync(Roles.Admin, path);
            await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("empty-store")).ToHaveCountAsync(0);
        }
    }
}
