using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Shared;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Features.Parcels;

public sealed record TrackingNumberLink(string TrackingNumber, string CarrierCode, string CarrierName, int Sequence);

public sealed record TimelineEvent(
    long Id, DateTime EventUtc, DateTime ReceivedUtc, string CarrierCode, ParcelStatus Status, ParcelSubStatus SubStatus,
    string RawCode, string RawText, string? HubCode, string? HubName, string? HubTimeZoneId)
{
    public string StatusLabel => StatusLabels.Of(Status, SubStatus);
}

/// <summary>A stay at a hub: from its first to its last scan there; an open stay runs until now.</summary>
public sealed record HubStop(string HubCode, string HubName, DateTime ArrivedUtc, DateTime LastScanUtc, bool StillThere, TimeSpan Dwell);

public sealed record ComplaintHistoryEntry(
    DateTime ChangedUtc, string ChangedBy, ComplaintState FromState, ComplaintState ToState, bool FromValid, bool ToValid);

public sealed record ComplaintView(
    long Id, ComplaintCategory Category, ContactChannel ContactChannel, string Description, ComplaintState State, bool IsValid,
    DateTime OpenedUtc, string OpenedBy, DateTime UpdatedUtc, string UpdatedBy, IReadOnlyList<ComplaintHistoryEntry> History);

public sealed record NoteView(long Id, DateTime CreatedUtc, string CreatedBy, string Text);

public sealed record ParcelDetail(
    long Id,
    string TrackingNumber,
    IReadOnlyList<TrackingNumberLink> TrackingNumbers,
    string CarrierCode,
    string ServiceCode,
    string ServiceName,
    string ChannelName,
    string OriginName,
    string DestinationName,
    ParcelStatus Status,
    ParcelSubStatus SubStatus,
    Lateness Lateness,
    bool IsStalled,
    DateTime CreatedUtc,
    DateTime PromisedUtc,
    DateTime AtRiskUtc,
    DateTime? EstimatedUtc,
    DateTime? PickedUpUtc,
    DateTime? FirstAttemptUtc,
    DateTime? DeliveredUtc,
    DateTime? LastEventUtc,
    int AttemptCount,
    string RecipientName,
    string RecipientPhone,
    string RecipientAddress,
    IReadOnlyList<TimelineEvent> Events,
    IReadOnlyList<HubStop> Hubs,
    IReadOnlyList<ComplaintView> Complaints,
    IReadOnlyList<NoteView> Notes)
{
    public string StatusLabel => StatusLabels.Of(Status, SubStatus);

    /// <summary>The latest later promise the order system sent; <see cref="PromisedUtc"/> stays the original, which on-time counts against.</summary>
    public DateTime? RevisedPromiseUtc { get; init; }

    /// <summary>The journey's legs against their plan, and who made the parcel late (no shares while it is not late).</summary>
    public required LatenessAttribution Attribution { get; init; }

    /// <summary>The party the lists, queues and KPIs count this parcel against while it is late, as the writer stored it.</summary>
    public LateParty? CountedAgainst { get; init; }
}

/// <summary>
/// One parcel's whole story, found by any of its tracking numbers: the tracking numbers and carrier chain,
/// promise and milestones, every stored event in time order (with the carrier's raw code and text), the hubs
/// it passed with their dwell, its complaints with their history, and internal notes. Recipient details and
/// complaint texts are masked in the query when <c>includePersonalData</c> is false.
/// </summary>
public sealed class ParcelDetailQuery(IDbContextFactory<CainiaoDbContext> contexts, ParcelListQuery list)
{
    public async Task<ParcelDetail?> GetAsync(string trackingNumber, DateTime nowUtc, bool includePersonalData, CancellationToken cancellationToken = default)
    {
        var number = ParcelLookup.Normalise(trackingNumber);
        if (number.Length == 0 || number.Length > ParcelLookup.MaxLength) return null;
        if (list.HidesSimulated && SimulatedParcels.IsSimulated(number)) return null;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var parcel = await db.ParcelTrackingNumbers.AsNoTracking()
            .Where(t => t.TrackingNumber == number)
            .Join(db.Parcels, t => t.ParcelId, p => p.Id, (t, p) => new
            {
                p.Id, p.TrackingNumber, p.CarrierId, p.BookedCarrierId, p.LaneId, p.ServiceLevelId, p.ChannelId, p.Status, p.SubStatus, p.Lateness,
                p.CreatedUtc, p.PromisedUtc, p.AtRiskUtc, p.EstimatedUtc, p.PickedUpUtc, p.FirstAttemptUtc, p.DeliveredUtc, p.LastEventUtc,
                p.AttemptCount, p.LateParty,
                RecipientName = includePersonalData ? p.RecipientName : PersonalDataAccess.Hidden,
                RecipientPhone = includePersonalData ? p.RecipientPhone : PersonalDataAccess.Hidden,
                RecipientAddress = includePersonalData ? p.RecipientAddress : PersonalDataAccess.Hidden,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (parcel is null) return null;

        var numbers = await db.ParcelTrackingNumbers.AsNoTracking()
            .Where(t => t.ParcelId == parcel.Id)
            .OrderBy(t => t.Sequence)
            .Select(t => new { t.TrackingNumber, t.CarrierId, t.Sequence })
            .ToListAsync(cancellationToken);
        var events = await db.TrackingEvents.AsNoTracking()
            .Where(e => e.ParcelId == parcel.Id)
            .OrderBy(e => e.EventUtc).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.EventUtc, e.ReceivedUtc, e.CarrierId, e.Status, e.SubStatus, e.RawCode, e.RawText, e.HubId })
            .ToListAsync(cancellationToken);
        var complaints = await db.Complaints.AsNoTracking()
            .Where(c => c.ParcelId == parcel.Id)
            .OrderByDescending(c => c.OpenedUtc).ThenByDescending(c => c.Id)
            .Select(c => new
            {
                c.Id, c.Category, c.ContactChannel, Description = includePersonalData ? c.Description : PersonalDataAccess.Hidden,
                c.State, c.IsValid, c.OpenedUtc, c.OpenedBy, c.UpdatedUtc, c.UpdatedBy,
            })
            .ToListAsync(cancellationToken);
        var complaintIds = complaints.Select(c => c.Id).ToList();
        var history = complaintIds.Count == 0
            ? []
            : await db.ComplaintChanges.AsNoTracking()
                .Where(h => complaintIds.Contains(h.ComplaintId))
                .OrderBy(h => h.ChangedUtc).ThenBy(h => h.Id)
                .ToListAsync(cancellationToken);
        var revisedPromise = await db.PromiseChanges.AsNoTracking()
            .Where(c => c.ParcelId == parcel.Id)
            .OrderByDescending(c => c.Id)
            .Select(c => (DateTime?)c.PromisedUtc)
            .FirstOrDefaultAsync(cancellationToken);
        var notes = await db.ParcelNotes.AsNoTracking()
            .Where(n => n.ParcelId == parcel.Id)
            .OrderByDescending(n => n.CreatedUtc).ThenByDescending(n => n.Id)
            .Select(n => new NoteView(n.Id, n.CreatedUtc, n.CreatedBy, n.Text))
            .ToListAsync(cancellationToken);

        var timeline = events.Select(e =>
        {
            var hub = ReferenceData.FindHub(e.HubId);
            return new TimelineEvent(e.Id, e.EventUtc, e.ReceivedUtc, CarrierCode(e.CarrierId), e.Status, e.SubStatus,
                e.RawCode, e.RawText, hub?.Code, hub?.Name, hub?.TimeZoneId);
        }).ToList();

        var lane = ReferenceData.Lane(parcel.LaneId);
        var service = ReferenceData.ServiceLevel(parcel.ServiceLevelId);
        var lateness = ParcelListQuery.LatenessOf(parcel.Status, parcel.Lateness, parcel.CreatedUtc, parcel.PromisedUtc, nowUtc);
        var attribution = LateParties.Attribute(
            new JourneyParcel(parcel.BookedCarrierId, parcel.ServiceLevelId, lane.IsCrossBorder, parcel.CreatedUtc, parcel.PromisedUtc),
            parcel.FirstAttemptUtc, timeline.Select(e => new JourneyScan(e.Status, e.SubStatus, e.EventUtc)), nowUtc);
        return new ParcelDetail(
            parcel.Id, parcel.TrackingNumber,
            numbers.Select(n => new TrackingNumberLink(n.TrackingNumber, CarrierCode(n.CarrierId),
                ReferenceData.Carrier(n.CarrierId).Name, n.Sequence)).ToList(),
            CarrierCode(parcel.CarrierId), service.Code, service.Name,
            ReferenceData.Channel(parcel.ChannelId).Name,
            ReferenceData.Region(lane.OriginRegionId).Name,
            ReferenceData.Region(lane.DestinationRegionId).Name,
            parcel.Status, parcel.SubStatus,
            lateness,
            list.IsStalled(parcel.Status, parcel.ServiceLevelId, parcel.LastEventUtc, nowUtc),
            parcel.CreatedUtc, parcel.PromisedUtc, parcel.AtRiskUtc, parcel.EstimatedUtc, parcel.PickedUpUtc,
            parcel.FirstAttemptUtc, parcel.DeliveredUtc, parcel.LastEventUtc, parcel.AttemptCount,
            parcel.RecipientName, parcel.RecipientPhone, parcel.RecipientAddress,
            timeline,
            HubStops(timeline, parcel.Status.IsFinal(), nowUtc),
            complaints.Select(c => new ComplaintView(c.Id, c.Category, c.ContactChannel, c.Description, c.State, c.IsValid,
                c.OpenedUtc, c.OpenedBy, c.UpdatedUtc, c.UpdatedBy,
                history.Where(h => h.ComplaintId == c.Id)
                    .Select(h => new ComplaintHistoryEntry(h.ChangedUtc, h.ChangedBy, h.FromState, h.ToState, h.FromValid, h.ToValid))
                    .ToList())).ToList(),
            notes)
        {
            RevisedPromiseUtc = revisedPromise,
            Attribution = attribution,
            CountedAgainst = lateness == Lateness.Late ? parcel.LateParty : null,
        };
    }

    /// <summary>
    /// Consecutive scans at the same hub make one stay; its dwell runs from the first scan there to the last
    /// (usually arrival to departure). The parcel's latest stay, while it is not finished, runs until now.
    /// </summary>
    public static IReadOnlyList<HubStop> HubStops(IReadOnlyList<TimelineEvent> events, bool finished, DateTime nowUtc)
    {
        var stops = new List<HubStop>();
        var located = events.Where(e => e.HubCode is not null).ToList();
        for (var i = 0; i < located.Count;)
        {
            var j = i;
            while (j + 1 < located.Count && located[j + 1].HubCode == located[i].HubCode) j++;
            var first = located[i];
            var last = located[j];
            var isLatest = j == located.Count - 1 && ReferenceEquals(events[^1], last);
            var stillThere = isLatest && !finished && last.SubStatus != ParcelSubStatus.DepartedHub;
            var end = stillThere ? nowUtc : last.EventUtc;
            stops.Add(new HubStop(first.HubCode!, first.HubName!, first.EventUtc, last.EventUtc, stillThere,
                end > first.EventUtc ? end - first.EventUtc : TimeSpan.Zero));
            i = j + 1;
        }

        return stops;
    }

    private static string CarrierCode(int id) => ReferenceData.Carrier(id).Code;
}
