using System.Net.Http.Json;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.EndToEnd;

/// <summary>
/// The dashboard on real data alone: simulator off, nothing seeded, every parcel, scan and complaint sent over real HTTP
/// through the order intake, carrier and complaints APIs, as the platform's systems send them.
/// </summary>
public sealed class RealDataTests(DashboardServer server, BrowserFixture browser) : PageTests<DashboardServer>(server, browser)
{
    [Fact]
    public async Task Three_registered_parcels_their_scans_and_a_complaint_sent_twice_are_exactly_what_the_pages_show()
    {
        var ct = TestContext.Current.CancellationToken;
        var keys = Server.Services.GetRequiredService<ApiKeys>();
        using var orders = ClientWith(await keys.CreatePlatformKeyAsync("Tmall orders", ct));
        using var service = ClientWith(await keys.CreatePlatformKeyAsync("Tmall customer service", ct));
        using var zto = await CarrierApi.ClientAsync(Server, Zto, ct);

        // Delivered within today's operations day (China time), whenever the test runs.
        var now = DateTime.UtcNow;
        var delivered = new[] { now.AddMinutes(-30), OperationsCalendar.StartOfDayUtc(OperationsCalendar.DayOf(now)).AddSeconds(10) }.Max();
        var ordered = delivered.AddHours(-10);
        string[] numbers = ["RD1000000001", "RD1000000002", "RD1000000003"];
        object Registration(string number, double promisedAfterHours) => new
        {
            trackingNumber = number, carrier = "ZTO", service = "NEXT_DAY", channel = "TMALL",
            orderedAt = new DateTimeOffset(ordered).ToOffset(TimeSpan.FromHours(8)), promisedAt = new DateTimeOffset(ordered.AddHours(promisedAfterHours)),
            originHub = "HGH", destinationCountry = "CN", destinationProvince = "浙江",
        };
        object[] registrations = [.. numbers.Select(number => Registration(number, 36))];
        var registered = await (await orders.PostAsJsonAsync("/api/parcels", registrations, ct)).Content.ReadFromJsonAsync<RegistrationsResponse>(ct);
        Assert.Equal(3, registered!.Accepted);

        foreach (var number in numbers) await CarrierApi.PostAcceptedAsync(zto, $"{number}-got", number, "GOT", "已揽收", "HGH", ordered.AddHours(2), ct);
        await CarrierApi.PostAcceptedAsync(zto, $"{numbers[0]}-sent", numbers[0], "SENT_SCAN", "派送中", "HGH", delivered.AddHours(-1), ct);
        await CarrierApi.PostAcceptedAsync(zto, $"{numbers[0]}-sign", numbers[0], "SIGN", "已签收", "HGH", delivered, ct);
        object[] complaint =
        [
            new { complaintId = "CS-1", trackingNumber = numbers[1], category = "late-delivery", filedAt = new DateTimeOffset(delivered), text = "Where is it?" },
        ];
        var first = await (await service.PostAsJsonAsync("/api/complaints", complaint, ct)).Content.ReadFromJsonAsync<ComplaintsResponse>(ct);
        var again = await (await service.PostAsJsonAsync("/api/complaints", complaint, ct)).Content.ReadFromJsonAsync<ComplaintsResponse>(ct);
        Assert.Equal((1, 0, 1), (first!.Accepted, again!.Accepted, again.Duplicates));

        var overview = await OpenAsync(Roles.Manager, "/");
        await Assertions.Expect(overview.Locator("[data-kpi='in_flight']")).ToHaveAttributeAsync("data-value", "2");
        await Assertions.Expect(overview.Locator("[data-kpi='delivered_today']")).ToHaveAttributeAsync("data-value", "1");

        var parcels = await OpenAsync(Roles.Support, "/parcels");
        await Assertions.Expect(parcels.GetByTestId("parcel-count")).ToHaveAttributeAsync("data-count", "3");
        foreach (var number in numbers) await Assertions.Expect(parcels.Locator($"a[href='/parcels/{number}']")).ToHaveCountAsync(1);

        var parcel = await OpenAsync(Roles.Support, $"/parcels/{numbers[0]}");
        await Assertions.Expect(parcel.Locator("[data-event-id]")).ToHaveCountAsync(3);
        await Assertions.Expect(parcel.GetByTestId("revised-promise")).ToHaveCountAsync(0);

        // The order system moves the third parcel's promise a day later: the page shows both, on-time keeps the original.
        object[] moved = [Registration(numbers[2], 60)];
        var changed = await (await orders.PostAsJsonAsync("/api/parcels", moved, ct)).Content.ReadFromJsonAsync<RegistrationsResponse>(ct);
        Assert.Equal(1, changed!.PromiseChanges);
        var third = await OpenAsync(Roles.Support, $"/parcels/{numbers[2]}");
        await Assertions.Expect(third.GetByTestId("revised-promise")).ToContainTextAsync("on-time counts against the original");

        var complaints = await OpenAsync(Roles.Support, "/complaints");
        await Assertions.Expect(complaints.GetByTestId("complaint-grid").Locator("[data-complaint]")).ToHaveCountAsync(1);
        await Assertions.Expect(complaints.GetByTestId("complaint-grid").Locator($"[data-tracking='{numbers[1]}']")).ToHaveCountAsync(1);

        var volume = await OpenAsync(Roles.Executive, "/volume");
        await Assertions.Expect(volume.Locator("[data-kpi='total']")).ToHaveAttributeAsync("data-value", "3");
    }

    private HttpClient ClientWith(string key)
    {
        var http = Server.CreateClient();
        http.DefaultRequestHeaders.Add(ApiKeys.HeaderName, key);
        return http;
    }
}
