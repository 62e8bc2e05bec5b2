using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Simulation;

namespace CainiaoDashboard.Tests.Simulation;

/// <summary>One simulated parcel from registration to its last scan, across a hand-over.</summary>
public sealed record ParcelLife(ParcelRegistration Registration, IReadOnlyList<CarrierEvent> Events, IReadOnlyList<ComplaintFiling> Complaints)
{
    public CarrierEvent? Handover => Events.FirstOrDefault(e => e.Handover is not null);
    public CarrierEvent FirstAttempt => Events.First(e => e.Status.IsDeliveryAttempt());
    public CarrierEvent? Delivered => Events.FirstOrDefault(e => e.Status == ParcelStatus.Delivered);
    public bool OnTime => FirstAttempt.EventUtc <= Registration.PromisedUtc;
    public bool HadException => Events.Any(e => e.Status == ParcelStatus.Exception);
    public bool IsCrossBorder => Registration.ServiceLevelId == CrossBorder;
}

/// <summary>
/// Runs the engine over a window of parcel creation, then stops new parcels (rate 0) and plays on until
/// every parcel has finished, so that whole lives can be examined.
/// </summary>
public static class SimulatedLives
{
    public static readonly DateTime Start = new(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc);

    private static readonly ConcurrentDictionary<(int, int, ScenarioSettings), Lazy<IReadOnlyList<ParcelLife>>> Cache = new();

    /// <summary>Three days of creation at 5,000 a day, shared between tests.</summary>
    public static IReadOnlyList<ParcelLife> Default => Of(5000, 3, new ScenarioSettings());

    /// <summary>A week at the dashboard's default rate: enough complaints (a few per 10,000) to measure them.</summary>
    public static IReadOnlyList<ParcelLife> Week => Of(12000, 7, new ScenarioSettings());

    public static IReadOnlyList<ParcelLife> Of(int parcelsPerDay, int days, ScenarioSettings scenario) =>
        Cache.GetOrAdd((parcelsPerDay, days, scenario), key => new Lazy<IReadOnlyList<ParcelLife>>(() => Run(key.Item1, key.Item2, key.Item3))).Value;

    private static IReadOnlyList<ParcelLife> Run(int parcelsPerDay, int days, ScenarioSettings scenario)
    {
        var scenarios = new SimulatorScenarios();
        scenarios.Set(scenario);
        var engine = new TrafficEngine(new SimulatorOptions { ParcelsPerDay = parcelsPerDay }, scenarios);
        engine.StartAt(Start);
        var batches = new List<SimulatedBatch> { engine.AdvanceTo(Start.AddDays(days)) };
        scenarios.Set(scenario with { RateMultiplier = 0 });
        batches.Add(engine.AdvanceTo(Start.AddDays(days) + TrafficEngine.MaxParcelLifetime));
        Assert.Equal(0, engine.InFlightParcels);
        return Group(batches);
    }

    public static IReadOnlyList<ParcelLife> Group(IEnumerable<SimulatedBatch> batches)
    {
        var list = batches.ToList();
        var original = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in list.SelectMany(b => b.Events))
        {
            if (e.Handover is { } handover)
            {
                original[handover.TrackingNumber] = e.TrackingNumber;
            }
        }

        string Owner(string trackingNumber) => original.GetValueOrDefault(trackingNumber, trackingNumber);
        var events = list.SelectMany(b => b.Events).ToLookup(e => Owner(e.TrackingNumber));
        var complaints = list.SelectMany(b => b.Complaints).ToLookup(c => Owner(c.TrackingNumber));
        return list.SelectMany(b => b.Parcels)
            .Select(p => new ParcelLife(p, events[p.TrackingNumber].ToList(), complaints[p.TrackingNumber].ToList()))
            .ToList();
    }

    /// <summary>A digest of everything emitted, field by field, culture-independent.</summary>
    public static string Fingerprint(IEnumerable<SimulatedBatch> batches)
    {
        var text = new StringBuilder();
        foreach (var batch in batches)
        {
            foreach (var p in batch.Parcels)
            {
                text.Append(CultureInfo.InvariantCulture, $"P|{p.TrackingNumber}|{p.CarrierId}|{p.LaneId}|{p.ServiceLevelId}|{p.ChannelId}|{p.CreatedUtc.Ticks}|{p.PromisedUtc.Ticks}|{p.RecipientName}|{p.RecipientPhone}|{p.RecipientAddress}\n");
            }

            foreach (var e in batch.Events)
            {
                text.Append(CultureInfo.InvariantCulture, $"E|{e.CarrierId}|{e.CarrierEventId}|{e.TrackingNumber}|{e.Status}|{e.SubStatus}|{e.RawCode}|{e.RawText}|{e.HubId}|{e.EventUtc.Ticks}|{e.Handover?.CarrierId}|{e.Handover?.TrackingNumber}\n");
            }

            foreach (var c in batch.Complaints)
            {
                text.Append(CultureInfo.InvariantCulture, $"C|{c.TrackingNumber}|{c.Category}|{c.ContactChannel}|{c.Description}|{c.OpenedUtc.Ticks}|{c.FiledBy}\n");
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public static SimulatedBatch Concat(IEnumerable<SimulatedBatch> batches)
    {
        var list = batches.ToList();
        return new SimulatedBatch(
            list.SelectMany(b => b.Parcels).ToList(),
            list.SelectMany(b => b.Events).ToList(),
            list.SelectMany(b => b.Complaints).ToList());
    }
}
