using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;

namespace CainiaoDashboard.Tests.Ingest;

public class CarrierEventValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 11, 4, 0, 0, TimeSpan.Zero);
    private readonly CarrierEventValidator validator = new(new ManualTimeProvider(Now));

    private static IncomingCarrierEvent Valid => new()
    {
        EventId = "evt-1",
        TrackingNumber = "ZT1000000001",
        StatusCode = "arrival",
        StatusText = "快件已到达【杭州转运中心】",
        HubCode = "HGH",
        EventTime = Now.AddMinutes(-5).ToString("o"),
    };

    [Fact]
    public void A_valid_event_is_normalised_and_keeps_the_carriers_raw_text()
    {
        var result = validator.Validate(1, Valid);

        var accepted = Assert.IsType<CarrierEvent>(result.Event);
        Assert.Null(result.Error);
        Assert.Equal(ParcelStatus.InTransit, accepted.Status);
        Assert.Equal(ParcelSubStatus.ArrivedHub, accepted.SubStatus);
        Assert.Equal("ARRIVAL", accepted.RawCode);
        Assert.Equal("快件已到达【杭州转运中心】", accepted.RawText);
        Assert.Equal(1, accepted.HubId);
        Assert.Equal(Now.AddMinutes(-5).UtcDateTime, accepted.EventUtc);
        Assert.Equal(DateTimeKind.Utc, accepted.EventUtc.Kind);
    }

    public static TheoryData<IncomingCarrierEvent, string> Rejections => new()
    {
        { Valid with { EventId = null }, "missing field: eventId" },
        { Valid with { TrackingNumber = " " }, "missing field: trackingNumber" },
        { Valid with { StatusCode = null }, "missing field: statusCode" },
        { Valid with { EventTime = null }, "missing field: eventTime" },
        { Valid with { StatusCode = "TELEPORTED" }, "unknown status code 'TELEPORTED'" },
        { Valid with { HubCode = "XXX" }, "unknown hub 'XXX'" },
        { Valid with { EventTime = Now.AddHours(2).ToString("o") }, "eventTime is more than 15 minutes in the future" },
        { Valid with { EventId = new string('e', 65) }, "eventId longer than 64 characters" },
        { Valid with { EventTime = "2026-11-11T03:55:00" }, "eventTime has no UTC offset: write it like 2026-12-02T10:00:00+08:00 or 2026-12-02T02:00:00Z" },
        { Valid with { EventTime = "11/11/2026 03:55" }, "eventTime is not a time: write it like 2026-12-02T10:00:00+08:00 or 2026-12-02T02:00:00Z" },
        { Valid with { EventTime = "0001-01-01T00:00:00Z" }, "eventTime is before 2000-01-01" },
        { Valid with { EventId = "\u200B\u0000" }, "eventId has no visible characters" },
        { Valid with { TrackingNumber = "ZT1\u00A0000" }, "trackingNumber contains control or invisible characters" },
        { Valid with { StatusCode = "\uFEFF" }, "statusCode has no visible characters" },
        { Valid with { StatusText = new string('t', 501) }, "statusText longer than 500 characters" },
        { Valid with { StatusCode = "HANDOVER" }, "missing field: handoverCarrier and handoverTrackingNumber are required with HANDOVER" },
        { Valid with { StatusCode = "HANDOVER", HandoverCarrier = "DHL", HandoverTrackingNumber = "X1" }, "unknown carrier 'DHL'" },
        {
            Valid with { StatusCode = "HANDOVER", HandoverCarrier = "USPS", HandoverTrackingNumber = "sim-9400100000000000000001" },
            "handoverTrackingNumber starting with SIM- is reserved for the simulator's parcels"
        },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public void A_bad_item_is_rejected_with_its_reason(IncomingCarrierEvent item, string reason)
    {
        var result = validator.Validate(1, item);

        Assert.Null(result.Event);
        Assert.Equal(reason, result.Error);
    }

    [Fact]
    public void A_hand_over_names_the_partner_and_its_tracking_number()
    {
        var result = validator.Validate(1, Valid with { StatusCode = "HANDOVER", HubCode = "LAX", HandoverCarrier = "usps", HandoverTrackingNumber = "9400100000000000000001" });

        Assert.Equal(new Handover(4, "9400100000000000000001"), result.Event!.Handover);
    }

    [Fact]
    public void Every_status_code_maps_to_a_fitting_sub_status_and_back()
    {
        foreach (var code in CarrierStatusCodes.All)
        {
            Assert.True(CarrierStatusCodes.TryNormalise(code, out var status, out var subStatus));
            Assert.True(subStatus.Fits(status), code);
            Assert.Equal(code, CarrierStatusCodes.CodeFor(status, subStatus));
        }
    }
}
