using System.Text;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Ingest.Postgres;
using CainiaoDashboard.Rollups;

namespace CainiaoDashboard.Tests.Ingest.Postgres;

public sealed class CommitMessageTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_commit_reaches_the_other_instance_with_its_live_buckets_support_parcels_and_events()
    {
        var scan = new CarrierEvent(Zto, "e1", "ZT123", ParcelStatus.InTransit, ParcelSubStatus.DepartedHub, "DEP", "已发出 杭州", 3,
            Now.UtcDateTime.AddMinutes(-5));
        var hour = RollupDelta.HourOf(Now.UtcDateTime);
        var day = RollupDelta.DayOf(Now.UtcDateTime);
        var commit = new IngestCommitted(Now, [scan], 2, 1)
        {
            Touched = new TouchedRollups(new HashSet<long> { hour, hour - 1 }, new HashSet<long> { day }),
            SupportParcelIds = [42],
        };

        var received = CommitMessage.Parse(CommitMessage.Serialise(commit, "a"))!.ToCommit(Now.AddSeconds(1));

        Assert.Equal([hour - 1, hour], received.Touched.Hours.Order());
        Assert.Equal([day], received.Touched.TransitDays);
        Assert.Equal([42L], received.SupportParcelIds);
        Assert.Equal((2, 1), (received.RegisteredParcels, received.FiledComplaints));
        Assert.Equal(scan with { EventUtc = DateTime.SpecifyKind(scan.EventUtc, DateTimeKind.Utc) }, Assert.Single(received.AcceptedEvents));
    }

    [Fact]
    public void A_huge_batch_fits_postgresqls_payload_limit_keeping_its_newest_events_and_only_the_live_windows_buckets()
    {
        var events = Enumerable.Range(0, 100_000).Select(i => new CarrierEvent(Zto, $"e{i}", $"ZT{i:D8}", ParcelStatus.InTransit,
            ParcelSubStatus.ArrivedHub, "ARR", new string('到', 200), 3, Now.UtcDateTime.AddSeconds(-i))).ToList();
        var nowHour = RollupDelta.HourOf(Now.UtcDateTime);
        // Ninety days of history, as a seeding batch touches.
        var hours = Enumerable.Range(0, 90 * 24).Select(i => nowHour - i).ToHashSet();
        var commit = new IngestCommitted(Now, events, 0, 0) { Touched = new TouchedRollups(hours, new HashSet<long>()) };

        var payload = CommitMessage.Serialise(commit, "a");
        var message = CommitMessage.Parse(payload)!;

        Assert.True(Encoding.UTF8.GetByteCount(payload) <= CommitMessage.MaxBytes, $"{Encoding.UTF8.GetByteCount(payload)} bytes");
        Assert.NotEmpty(message.Events);
        Assert.Equal(events[^1].CarrierEventId, message.Events[^1].I);
        Assert.Contains(nowHour, message.Hours);
        Assert.DoesNotContain(nowHour - 30 * 24, message.Hours);
    }

    [Fact]
    public void After_a_lost_connection_every_bucket_of_the_live_window_counts_as_touched()
    {
        var catchUp = CommitMessage.CatchUp(Now);

        var nowHour = RollupDelta.HourOf(Now.UtcDateTime);
        Assert.Contains(nowHour, catchUp.Touched.Hours);
        Assert.Contains(nowHour - 72, catchUp.Touched.Hours);
        Assert.Contains(RollupDelta.DayOf(Now.UtcDateTime) - 7, catchUp.Touched.TransitDays);
    }

    [Fact]
    public void A_payload_that_is_not_a_commit_message_is_ignored() => Assert.Null(CommitMessage.Parse("not json"));
}
