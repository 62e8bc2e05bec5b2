using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Tests.Domain;

public class ParcelStatusRulesTests
{
    private static readonly DateTime Noon = new(2026, 11, 11, 12, 0, 0, DateTimeKind.Utc);

    private static bool Supersedes(ParcelStatus current, DateTime? currentAt, ParcelStatus incoming, DateTime incomingAt,
        ParcelSubStatus currentSub = ParcelSubStatus.None, ParcelSubStatus incomingSub = ParcelSubStatus.None) =>
        ParcelStatusRules.Supersedes(current, currentSub, currentAt, incoming, incomingSub, incomingAt);

    [Fact]
    public void A_newer_event_becomes_the_current_status()
    {
        Assert.True(Supersedes(ParcelStatus.InTransit, Noon, ParcelStatus.OutForDelivery, Noon.AddHours(1)));
    }

    [Fact]
    public void A_late_arriving_older_event_never_moves_the_status_backwards()
    {
        Assert.False(Supersedes(ParcelStatus.OutForDelivery, Noon, ParcelStatus.PickedUp, Noon.AddHours(-5)));
    }

    [Fact]
    public void An_exception_after_a_later_step_is_taken_because_it_is_newer()
    {
        Assert.True(Supersedes(ParcelStatus.OutForDelivery, Noon, ParcelStatus.Exception, Noon.AddMinutes(30)));
    }

    [Theory]
    [InlineData(ParcelStatus.Delivered)]
    [InlineData(ParcelStatus.ReturnToSender)]
    [InlineData(ParcelStatus.Cancelled)]
    public void A_finished_parcel_is_never_reopened(ParcelStatus final)
    {
        Assert.False(Supersedes(final, Noon, ParcelStatus.InTransit, Noon.AddDays(1)));
    }

    [Fact]
    public void A_late_arriving_delivery_still_finishes_the_parcel()
    {
        Assert.True(Supersedes(ParcelStatus.InTransit, Noon, ParcelStatus.Delivered, Noon.AddHours(-1)));
    }

    [Fact]
    public void Among_finishing_events_the_earliest_stands()
    {
        Assert.True(Supersedes(ParcelStatus.Delivered, Noon, ParcelStatus.Delivered, Noon.AddHours(-1), ParcelSubStatus.Locker, ParcelSubStatus.Signed));
        Assert.False(Supersedes(ParcelStatus.Delivered, Noon, ParcelStatus.Cancelled, Noon.AddHours(1)));
    }

    [Fact]
    public void At_the_same_instant_the_later_lifecycle_step_wins()
    {
        Assert.True(Supersedes(ParcelStatus.InTransit, Noon, ParcelStatus.OutForDelivery, Noon));
        Assert.False(Supersedes(ParcelStatus.OutForDelivery, Noon, ParcelStatus.InTransit, Noon));
        Assert.True(Supersedes(ParcelStatus.InTransit, Noon, ParcelStatus.InTransit, Noon, ParcelSubStatus.ArrivedHub, ParcelSubStatus.DepartedHub));
    }

    [Fact]
    public void The_first_event_of_a_parcel_always_applies()
    {
        Assert.True(Supersedes(ParcelStatus.Pending, null, ParcelStatus.InfoReceived, Noon));
    }

    [Theory]
    [InlineData(ParcelSubStatus.ArrivedHub, ParcelStatus.InTransit, true)]
    [InlineData(ParcelSubStatus.HandedOver, ParcelStatus.InTransit, true)]
    [InlineData(ParcelSubStatus.NotHome, ParcelStatus.AttemptFailed, true)]
    [InlineData(ParcelSubStatus.Locker, ParcelStatus.Delivered, true)]
    [InlineData(ParcelSubStatus.Weather, ParcelStatus.Exception, true)]
    [InlineData(ParcelSubStatus.None, ParcelStatus.PickedUp, true)]
    [InlineData(ParcelSubStatus.Locker, ParcelStatus.InTransit, false)]
    [InlineData(ParcelSubStatus.ArrivedHub, ParcelStatus.Delivered, false)]
    public void A_sub_status_only_fits_its_own_status(ParcelSubStatus subStatus, ParcelStatus status, bool fits)
    {
        Assert.Equal(fits, subStatus.Fits(status));
    }

    [Fact]
    public void Attempts_and_in_flight_follow_the_kpi_definitions()
    {
        Assert.True(ParcelStatus.AttemptFailed.IsDeliveryAttempt());
        Assert.True(ParcelStatus.Delivered.IsDeliveryAttempt());
        Assert.False(ParcelStatus.OutForDelivery.IsDeliveryAttempt());
        Assert.True(ParcelStatus.Exception.IsInFlight());
        Assert.False(ParcelStatus.Delivered.IsInFlight());
        Assert.False(ParcelStatus.Pending.IsInFlight());
    }
}
