using static CainiaoDashboard.Simulation.KnownIds;

namespace CainiaoDashboard.Simulation;

/// <summary>Local hours in which couriers pick up from merchants or knock on doors.</summary>
internal readonly record struct DoorHours(int Open, int Close)
{
    public static readonly DoorHours Pickup = new(8, 20);

    // Same-day couriers work later: the service's promise runs into the evening.
    public static DoorHours ForService(int serviceLevelId) =>
        serviceLevelId == ServiceLevels.SameDay ? new DoorHours(8, 22) : new DoorHours(8, 21);

    public bool Contains(int hour) => hour >= Open && hour < Close;
}

/// <summary>Keeps door-step scans in the local working day: sorting centres run all night, couriers do not.</summary>
internal static class WorkingHours
{
    /// <summary>The next moment inside the hours: unchanged when already inside, else the next morning.</summary>
    public static long NextOpen(long utcTicks, TimeZoneInfo zone, DoorHours hours, StableRandom rng)
    {
        var local = Local(utcTicks, zone);
        if (hours.Contains(local.Hour))
        {
            return utcTicks;
        }

        var day = local.Hour >= hours.Close ? local.Date.AddDays(1) : local.Date;
        // Spread over the first hours so that a whole night's backlog does not land on one second.
        return Utc(day.AddHours(hours.Open), zone) + SimTime.Minutes(rng.Between(0, 150));
    }

    /// <summary>
    /// The working moment nearest a planned first attempt: a late-evening plan is delivered before closing
    /// (when the parcel can be there by then), an early-morning one half the time the evening before, else
    /// after opening. Pulling back as well as pushing keeps the carrier's on-time tendency intact.
    /// </summary>
    public static long NearestOpen(long utcTicks, long earliestTicks, TimeZoneInfo zone, DoorHours hours, StableRandom rng)
    {
        var local = Local(utcTicks, zone);
        if (hours.Contains(local.Hour))
        {
            return utcTicks;
        }

        // Spread over the afternoon or the morning, not piled up at closing or opening time.
        var evening = local.Hour >= hours.Close ? local.Date : local.Date.AddDays(-1);
        var pullBack = local.Hour >= hours.Close || rng.Chance(0.5);
        var closing = Utc(evening.AddHours(hours.Close), zone);
        if (pullBack && closing - SimTime.Minutes(5) > earliestTicks)
        {
            var beforeClosing = closing - SimTime.Hours(rng.Between(0.1, 7));
            return beforeClosing >= earliestTicks
                ? beforeClosing
                : earliestTicks + SimTime.Seconds((closing - earliestTicks) / TimeSpan.TicksPerSecond * rng.NextDouble() * 0.9);
        }

        var day = local.Hour >= hours.Close ? local.Date.AddDays(1) : local.Date;
        return Math.Max(Utc(day.AddHours(hours.Open), zone) + SimTime.Hours(rng.Between(0, 4)), earliestTicks);
    }

    /// <summary>Opening time on the local day of <paramref name="utcTicks"/>.</summary>
    public static long OpeningOfDay(long utcTicks, TimeZoneInfo zone, DoorHours hours) =>
        Utc(Local(utcTicks, zone).Date.AddHours(hours.Open), zone);

    /// <summary>After delays have pushed the door-step part of a plan about, moves night-time steps to the morning.</summary>
    public static void AlignLastMile(Timeline timeline, in Shipment shipment, StableRandom rng)
    {
        var from = timeline.IndexOf(StepKind.OutForDelivery, shipment.IsCrossBorder ? timeline.IndexOf(StepKind.Handover) : 0);
        var zone = ZoneOfDoor(shipment);
        var hours = DoorHours.ForService(shipment.ServiceLevelId);

        for (var i = from; i >= 0 && i < timeline.Count; i++)
        {
            var at = timeline[i].Ticks;
            var aligned = NextOpen(at, zone, hours, rng);
            if (aligned != at)
            {
                timeline.ShiftFrom(i, aligned - at);
            }
        }
    }

    public static TimeZoneInfo ZoneOfDoor(in Shipment shipment) =>
        shipment.IsCrossBorder ? LogisticsNetwork.TimeZoneOf(shipment.DestinationHubId) : LogisticsNetwork.ChinaTime;

    private static DateTime Local(long utcTicks, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(new DateTime(utcTicks, DateTimeKind.Utc), zone);

    private static long Utc(DateTime local, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone).Ticks;
}
