using System.Text;
using System.Text.Json;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Rollups;

namespace CainiaoDashboard.Ingest.Postgres;

/// <summary>
/// A commit as one instance tells the others of it through PostgreSQL's NOTIFY (whose payload must stay under 8,000
/// bytes): the rollup buckets of the live window it touched, the parcels whose complaints or notes changed, and as many
/// of its newest accepted events as fit (for the event feed and open parcel pages).
/// </summary>
public sealed record CommitMessage(
    string Sender,
    long[] Hours,
    long[] Days,
    int Registered,
    int Complaints,
    long[] SupportParcelIds,
    CommitMessage.Event[] Events)
{
    /// <summary>PostgreSQL's limit is 8,000 bytes; a little is left for the channel name and framing.</summary>
    public const int MaxBytes = 7800;

    /// <summary>How far back a touched bucket can still matter to a live page: the overview's window is at most 72 hours, a week of transit days.</summary>
    private const long LiveHours = 96, LiveDays = 10;

    public sealed record Event(int C, string I, string N, int S, int U, string R, string T, int? H, DateTime At);

    public static string Serialise(IngestCommitted commit, string sender)
    {
        var nowHour = RollupDelta.HourOf(commit.CommittedAt.UtcDateTime);
        var nowDay = RollupDelta.DayOf(commit.CommittedAt.UtcDateTime);
        var events = commit.AcceptedEvents.Select(e => new Event(e.CarrierId, e.CarrierEventId, e.TrackingNumber, (int)e.Status,
            (int)e.SubStatus, e.RawCode, e.RawText, e.HubId, e.EventUtc)).ToArray();
        var message = new CommitMessage(sender,
            [.. commit.Touched.Hours.Where(h => h >= nowHour - LiveHours).Order()],
            [.. commit.Touched.TransitDays.Where(d => d >= nowDay - LiveDays).Order()],
            commit.RegisteredParcels, commit.FiledComplaints, [.. commit.SupportParcelIds.Take(200)], []);
        // The newest events that fit, halving until the whole message does.
        for (var count = Math.Min(events.Length, 64); ; count /= 2)
        {
            var text = JsonSerializer.Serialize(message with { Events = events[^count..] });
            if (Encoding.UTF8.GetByteCount(text) <= MaxBytes || count == 0) return text;
        }
    }

    public static CommitMessage? Parse(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<CommitMessage>(payload);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A commit that marks every bucket of the live window touched: after a gap in which messages may have been missed.</summary>
    public static IngestCommitted CatchUp(DateTimeOffset now)
    {
        var nowHour = RollupDelta.HourOf(now.UtcDateTime);
        var nowDay = RollupDelta.DayOf(now.UtcDateTime);
        var hours = Enumerable.Range(0, (int)LiveHours + 2).Select(i => nowHour + 1 - i).ToHashSet();
        var days = Enumerable.Range(0, (int)LiveDays + 2).Select(i => nowDay + 1 - i).ToHashSet();
        return new IngestCommitted(now, [], 0, 0) { Touched = new TouchedRollups(hours, days) };
    }

    public IngestCommitted ToCommit(DateTimeOffset receivedAt) =>
        new(receivedAt, [.. Events.Select(e => new CarrierEvent(e.C, e.I, e.N, (ParcelStatus)e.S, (ParcelSubStatus)e.U, e.R, e.T, e.H,
            DateTime.SpecifyKind(e.At, DateTimeKind.Utc)))], Registered, Complaints)
        {
            Touched = new TouchedRollups(Hours.ToHashSet(), Days.ToHashSet()),
            SupportParcelIds = SupportParcelIds,
        };
}
