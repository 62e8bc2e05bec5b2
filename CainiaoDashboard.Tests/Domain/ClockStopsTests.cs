using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Tests.Domain;

/// <summary>The reviewed table of clock stops: which scans stop the carrier's clock and whose time follows, a bad line stopping start-up.</summary>
public sealed class ClockStopsTests
{
    [Fact]
    public void The_recipients_wait_lasts_until_a_delivery_scan_and_customs_and_weather_until_the_next_scan()
    {
        Assert.Equal(new ClockStopRule(ParcelStatus.AttemptFailed, null, LateParty.Recipient, true),
            ClockStops.For(ParcelStatus.AttemptFailed, ParcelSubStatus.NotHome));
        Assert.Equal((LateParty.Customs, false), Of(ClockStops.For(ParcelStatus.InTransit, ParcelSubStatus.ImportCustomsHeld)));
        Assert.Equal((LateParty.Weather, false), Of(ClockStops.For(ParcelStatus.Exception, ParcelSubStatus.Weather)));
        Assert.Null(ClockStops.For(ParcelStatus.Exception, ParcelSubStatus.CarrierIssue));
        Assert.Null(ClockStops.For(ParcelStatus.InTransit, ParcelSubStatus.ArrivedHub));
    }

    [Fact]
    public void A_rule_for_the_sub_status_comes_before_a_rule_for_any()
    {
        var rules = ClockStops.Parse("status,sub_status,party,until\nException,*,Courier,next-scan\nException,Weather,Weather,next-scan\n");

        Assert.Equal([LateParty.Courier, LateParty.Weather], rules.Select(r => r.Party));
        Assert.Null(rules[0].SubStatus);
    }

    [Theory]
    [InlineData("Lost,*,Courier,next-scan", "unknown status")]
    [InlineData("40,*,Courier,next-scan", "unknown status")]
    [InlineData("Exception,Volcano,Weather,next-scan", "unknown sub-status")]
    [InlineData("Exception,Weather,Postman,next-scan", "unknown party")]
    [InlineData("Exception,Weather,Weather,tomorrow", "until is next-scan or next-delivery")]
    [InlineData("Exception,Weather,Weather", "a line needs four fields")]
    [InlineData("Exception,Weather,Weather,next-scan\nException,Weather,Courier,next-scan", "the scan is listed already")]
    public void A_bad_line_stops_start_up_with_the_reason(string lines, string reason)
    {
        var error = Assert.Throws<InvalidOperationException>(() => ClockStops.Parse($"status,sub_status,party,until\n{lines}\n"));

        Assert.Contains(reason, error.Message);
    }

    private static (LateParty, bool)? Of(ClockStopRule? rule) => rule is { } r ? (r.Party, r.UntilDelivery) : null;
}
