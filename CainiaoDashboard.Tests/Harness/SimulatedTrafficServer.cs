using System.Diagnostics;
using System.Globalization;
using CainiaoDashboard.Features.Overview;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>
/// A dashboard with seeded history and the simulator on, its clock set to a weekday afternoon in China so the traffic is
/// that of a working day whenever the tests run.
/// </summary>
public sealed class SimulatedTrafficServer : DashboardServer
{
    /// <summary>
    /// Busier than the app's own rate, over two days of history: parcels only run late in the tail of their promise (next
    /// day's is 36 hours), so a single day of history held no late parcel, no late first attempt and no complaint, and the
    /// KPIs on them never moved. Two days at 120,000 parcels a day hold all three, and deliveries every second.
    /// </summary>
    public SimulatedTrafficServer() : this(parcelsPerDay: 120_000, tickMilliseconds: 250, historyDays: 2)
    {
    }

    private SimulatedTrafficServer(int parcelsPerDay, int tickMilliseconds, int historyDays)
    {
        WithSetting("Simulator:Enabled", "true");
        WithSetting("Simulator:ParcelsPerDay", parcelsPerDay.ToString(CultureInfo.InvariantCulture));
        WithSetting("Simulator:TickMilliseconds", tickMilliseconds.ToString(CultureInfo.InvariantCulture));
        WithSetting("Seed:HistoryDays", historyDays.ToString(CultureInfo.InvariantCulture));
        WithClock(new ShiftedTimeProvider(new DateTimeOffset(2026, 11, 18, 7, 0, 0, TimeSpan.Zero)));
    }

    /// <summary>The traffic the app is configured for (appsettings.json: 12,000 parcels a day, one tick a second).</summary>
    public static SimulatedTrafficServer AtTheAppsRate() => new(parcelsPerDay: 12_000, tickMilliseconds: 1_000, historyDays: 1);

    public async Task WaitForSeedingAsync(CancellationToken cancellationToken)
    {
        var live = Services.GetRequiredService<LiveOperations>();
        var clock = Stopwatch.StartNew();
        while (live.Current.Seeding.Running || live.Current.Seeding.Fraction < 1)
        {
            // A guard against a hang, not a speed check: a loaded two-core CI machine seeds this day in over two minutes.
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(5), $"Seeding did not finish: {live.Current.Seeding.Message}");
            await Task.Delay(200, cancellationToken);
        }
    }
}
