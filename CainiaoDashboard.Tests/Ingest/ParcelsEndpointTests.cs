using System.Net;
using System.Net.Http.Json;
using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Parcels;
using CainiaoDashboard.Ingest;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Ingest;

/// <summary><c>POST /api/parcels</c> over real HTTP: a marketplace's order system registering parcels.</summary>
public sealed class ParcelsEndpointTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private static readonly DateTimeOffset Ordered = new(DateTime.UtcNow.AddHours(-6).Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond,
        TimeSpan.Zero);

    [Fact]
    public async Task Registered_parcels_are_stored_on_their_lanes_once_however_often_they_are_sent()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = await PlatformClientAsync();
        var prefix = Prefix();
        object[] batch =
        [
            Registration($"{prefix}1", originHub: "HGH", destinationCountry: "CN", destinationProvince: "Guangdong",
                recipient: new { name = "Li Wei", phone = "+86 138 0000 0000", address = "1 Tianhe Road, Guangzhou" }),
            Registration($"{prefix}2", carrier: "yto", originProvince: "浙江省", destinationCountry: "cn", destinationProvince: "四川"),
            Registration($"{prefix}3", service: "CROSS_BORDER", channel: "ALIEXPRESS", originHub: "SZX", destinationCountry: "US",
                promisedAt: Ordered.AddDays(15)),
        ];

        var first = await PostAsync(http, batch);
        var again = await PostAsync(http, batch);

        Assert.Equal((3, 0, 0), (first.Accepted, first.Duplicates, first.Rejected));
        Assert.Equal((0, 3, 0), (again.Accepted, again.Duplicates, again.Rejected));
        var stored = await StoredAsync(prefix, ct);
        Assert.Equal(3, stored.Count);
        Assert.Equal((Zto, Lane("CN-EAST", "CN-SOUTH"), NextDay, Tmall, "Li Wei"),
            (stored[0].CarrierId, stored[0].LaneId, stored[0].ServiceLevelId, stored[0].ChannelId, stored[0].RecipientName));
        Assert.Equal(Ordered.UtcDateTime, stored[0].CreatedUtc);
        Assert.Equal(Ordered.UtcDateTime.AddHours(36), stored[0].PromisedUtc);
        Assert.Equal((ReferenceData.Carrier("YTO").Id, Lane("CN-EAST", "CN-WEST")), (stored[1].CarrierId, stored[1].LaneId));
        Assert.Equal((Lane("CN-SOUTH", "US"), ReferenceData.ServiceLevel("CROSS_BORDER").Id, ReferenceData.Channel("ALIEXPRESS").Id),
            (stored[2].LaneId, stored[2].ServiceLevelId, stored[2].ChannelId));
    }

    [Fact]
    public async Task A_registered_parcel_takes_its_carriers_scans()
    {
        var ct = TestContext.Current.CancellationToken;
        using var platform = await PlatformClientAsync();
        using var zto = await CarrierApi.ClientAsync(server, Zto, ct);
        var number = $"{Prefix()}1";

        Assert.Equal(1, (await PostAsync(platform, [Registration(number, originHub: "HGH", destinationCountry: "CN", destinationProvince: "Shanghai")])).Accepted);

        await CarrierApi.PostAcceptedAsync(zto, $"{number}-got", number, "GOT", "已揽收", "HGH", Ordered.UtcDateTime.AddHours(1), ct);
        Assert.Equal(ParcelStatus.PickedUp, (await StoredAsync(number[..^1], ct)).Single().Status);
    }

    [Fact]
    public async Task A_number_with_the_simulators_prefix_is_refused_so_a_real_parcel_never_takes_a_simulated_ones_number()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = await PlatformClientAsync();
        var prefix = Prefix();

        var refused = await PostAsync(http, [Registration($"SIM-{prefix}1", originHub: "HGH", destinationCountry: "CN", destinationProvince: "Beijing")]);

        Assert.Equal("trackingNumber starting with SIM- is reserved for the simulator's parcels", Assert.Single(refused.Rejections).Reason);
        Assert.Empty(await StoredAsync($"SIM-{prefix}", ct));
    }

    [Fact]
    public async Task A_changed_registration_is_refused_with_the_fields_that_differ_and_the_stored_one_stays()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = await PlatformClientAsync();
        var prefix = Prefix();
        var original = Registration($"{prefix}1", originHub: "HGH", destinationCountry: "CN", destinationProvince: "Beijing");

        await PostAsync(http, [original]);
        var changed = await PostAsync(http,
        [
            Registration($"{prefix}1", originHub: "HGH", destinationCountry: "CN", destinationProvince: "Beijing", channel: "TAOBAO",
                recipient: new { name = "Someone else" }),
        ]);

        Assert.Equal("trackingNumber was registered before with another channel, recipient", Assert.Single(changed.Rejections).Reason);
        Assert.Equal(Tmall, (await StoredAsync(prefix, ct)).Single().ChannelId);
    }

    [Fact]
    public async Task A_later_promise_is_recorded_beside_the_original_which_the_on_time_kpi_keeps_and_a_promise_never_moves_earlier()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = await PlatformClientAsync();
        var number = $"{Prefix()}1";
        object Sent(double promisedHours) =>
            Registration(number, originHub: "HGH", destinationCountry: "CN", destinationProvince: "Beijing", promisedAt: Ordered.AddHours(promisedHours));

        await PostAsync(http, [Sent(36)]);
        var later = await PostAsync(http, [Sent(60)]);
        var sameAgain = await PostAsync(http, [Sent(60)]);
        var backwards = await PostAsync(http, [Sent(48), Sent(24)]);

        Assert.Equal((0, 0, 1), (later.Accepted, later.Duplicates, later.PromiseChanges));
        Assert.Equal((0, 1, 0), (sameAgain.Accepted, sameAgain.Duplicates, sameAgain.PromiseChanges));
        Assert.Equal(["promisedAt is earlier than the promise on record: a promise may only move later",
            "promisedAt is earlier than the promise on record: a promise may only move later"], backwards.Rejections.Select(r => r.Reason));
        var parcel = (await StoredAsync(number[..^1], ct)).Single();
        Assert.Equal(Ordered.UtcDateTime.AddHours(36), parcel.PromisedUtc);
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<CainiaoDbContext>>().CreateDbContextAsync(ct);
        Assert.Equal([Ordered.UtcDateTime.AddHours(60)], await db.PromiseChanges.Where(c => c.ParcelId == parcel.Id).Select(c => c.PromisedUtc).ToListAsync(ct));
        var detail = await server.Services.GetRequiredService<ParcelDetailQuery>().GetAsync(number, DateTime.UtcNow, includePersonalData: false, ct);
        Assert.Equal((Ordered.UtcDateTime.AddHours(36), Ordered.UtcDateTime.AddHours(60)), (detail!.PromisedUtc, detail.RevisedPromiseUtc));
    }

    [Fact]
    public async Task Another_parcels_hand_over_number_cannot_be_registered()
    {
        var ct = TestContext.Current.CancellationToken;
        using var platform = await PlatformClientAsync();
        using var zto = await CarrierApi.ClientAsync(server, Zto, ct);
        var prefix = Prefix();
        await PostAsync(platform, [Registration($"{prefix}1", service: "CROSS_BORDER", originHub: "HGH", destinationCountry: "US", promisedAt: Ordered.AddDays(15))]);
        object[] handover =
        [
            new
            {
                eventId = $"{prefix}-ho", trackingNumber = $"{prefix}1", statusCode = "HANDOVER", hubCode = "LAX", eventTime = Ordered.AddHours(2),
                handoverCarrier = "USPS", handoverTrackingNumber = $"{prefix}US",
            },
        ];
        (await zto.PostAsJsonAsync("/api/carriers/zto/events", handover, ct)).EnsureSuccessStatusCode();

        var taken = await PostAsync(platform, [Registration($"{prefix}US", originHub: "HGH", destinationCountry: "CN", destinationProvince: "Hubei")]);

        Assert.Equal("trackingNumber belongs to another parcel (its hand-over number)", Assert.Single(taken.Rejections).Reason);
        Assert.Single(await StoredAsync(prefix, ct));
    }

    [Fact]
    public async Task Each_hostile_registration_is_refused_with_its_reason_and_nothing_of_it_is_stored()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = await PlatformClientAsync();
        var prefix = Prefix();
        object[] batch =
        [
            new { trackingNumber = $"{prefix}1", carrier = "ZTO", service = "NEXT_DAY", channel = "TMALL", orderedAt = "2026-12-01T10:00:00",
                promisedAt = "2026-12-02T10:00:00+08:00", originHub = "HGH", destinationCountry = "CN", destinationProvince = "Jiangsu" },
            Registration($"{prefix}2", originHub: "HGH", destinationCountry: "CN", destinationProvince: "Jiangsu", promisedAt: Ordered.AddHours(-1)),
            Registration($"{prefix}3", carrier: "USPS", originHub: "HGH", destinationCountry: "CN", destinationProvince: "Jiangsu"),
            Registration($"{prefix}4", originHub: "NOWHERE", destinationCountry: "CN", destinationProvince: "Jiangsu"),
            Registration($"{prefix}5", originHub: "HGH", destinationCountry: "CN", destinationProvince: "Atlantis"),
            Registration($"{prefix}6", service: "CROSS_BORDER", originHub: "PEK", destinationCountry: "US", promisedAt: Ordered.AddDays(15)),
            Registration($"{prefix}7", originHub: "HGH", destinationCountry: "US"),
            Registration($"{prefix}8", originHub: "HGH", destinationCountry: "CN", destinationProvince: "Jiangsu",
                recipient: new { name = new string('x', IncomingParcelValidator.MaxNameLength + 1) }),
            Registration($"{prefix}9", originHub: "CAN", originProvince: "Zhejiang", destinationCountry: "CN", destinationProvince: "Jiangsu"),
            Registration($"{prefix}10", originHub: "HGH", destinationCountry: "ZZ"),
        ];

        var answer = await PostAsync(http, batch);

        Assert.Equal(
        [
            $"orderedAt has no UTC offset: write it like {EventTimeText.Example}",
            "promisedAt is not after orderedAt",
            "unknown carrier 'USPS': one of ZTO, STO, YTO",
            "unknown originHub 'NOWHERE': a sorting centre in China",
            "unknown destinationProvince 'Atlantis'",
            "no lane from North China to United States",
            "a parcel abroad needs service CROSS_BORDER",
            $"recipient.name longer than {IncomingParcelValidator.MaxNameLength} characters",
            "originHub is not in originProvince's region",
            "no lane to destinationCountry 'ZZ'",
        ], answer.Rejections.Select(r => r.Reason));
        Assert.Empty(await StoredAsync(prefix, ct));
    }

    [Fact]
    public async Task Only_a_platform_key_registers_parcels()
    {
        var ct = TestContext.Current.CancellationToken;
        using var carrier = await CarrierApi.ClientAsync(server, Zto, ct);
        using var anonymous = server.CreateClient();
        var prefix = Prefix();
        object[] batch = [Registration($"{prefix}1", originHub: "HGH", destinationCountry: "CN", destinationProvince: "Jiangsu")];

        Assert.Equal(HttpStatusCode.Unauthorized, (await carrier.PostAsJsonAsync("/api/parcels", batch, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/parcels", batch, ct)).StatusCode);
        Assert.Empty(await StoredAsync(prefix, ct));
    }

    [Theory]
    [InlineData("GET", "/api/parcels")]
    [InlineData("PUT", "/api/parcels")]
    [InlineData("GET", "/api/complaints")]
    [InlineData("DELETE", "/api/complaints")]
    public async Task Other_methods_than_post_get_405_with_an_allow_header(string method, string path)
    {
        var ct = TestContext.Current.CancellationToken;
        using var anonymous = server.CreateClient();

        using var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    private static string Prefix() => "R" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static int Lane(string origin, string destination) => ReferenceData.Lanes.Single(l =>
        l.OriginRegionId == ReferenceData.Region(origin).Id && l.DestinationRegionId == ReferenceData.Region(destination).Id).Id;

    private static object Registration(string trackingNumber, string carrier = "ZTO", string service = "NEXT_DAY", string channel = "TMALL",
        string? originHub = null, string? originProvince = null, string? destinationCountry = null, string? destinationProvince = null,
        DateTimeOffset? promisedAt = null, object? recipient = null) => new
    {
        trackingNumber, carrier, service, channel,
        orderedAt = Ordered.ToOffset(TimeSpan.FromHours(8)),
        promisedAt = (promisedAt ?? Ordered.AddHours(36)).ToOffset(TimeSpan.FromHours(8)),
        originHub, originProvince, destinationCountry, destinationProvince, recipient,
    };

    private static async Task<RegistrationsResponse> PostAsync(HttpClient http, object[] batch)
    {
        var ct = TestContext.Current.CancellationToken;
        using var response = await http.PostAsJsonAsync("/api/parcels", batch, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RegistrationsResponse>(ct))!;
    }

    private async Task<HttpClient> PlatformClientAsync()
    {
        var http = server.CreateClient();
        http.DefaultRequestHeaders.Add(ApiKeys.HeaderName,
            await server.Services.GetRequiredService<ApiKeys>().CreatePlatformKeyAsync("Tmall orders", TestContext.Current.CancellationToken));
        return http;
    }

    private async Task<List<Parcel>> StoredAsync(string prefix, CancellationToken ct)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<CainiaoDbContext>>().CreateDbContextAsync(ct);
        return await db.Parcels.AsNoTracking().Where(p => p.TrackingNumber.StartsWith(prefix)).OrderBy(p => p.TrackingNumber).ToListAsync(ct);
    }
}
