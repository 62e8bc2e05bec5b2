using CainiaoDashboard.Rollups;

namespace CainiaoDashboard.Tests.Rollups;

public class TransitBucketsTests
{
    [Fact]
    public void Every_transit_time_falls_in_a_bucket_whose_upper_bound_is_above_it_by_at_most_one_width()
    {
        for (var minutes = 0; minutes < 31 * 24 * 60; minutes += 7)
        {
            var transit = TimeSpan.FromMinutes(minutes);
            var bucket = TransitBuckets.BucketOf(transit);
            var upper = TransitBuckets.UpperBoundOf(bucket);

            Assert.InRange(bucket, 0, TransitBuckets.Count - 1);
            if (transit < TimeSpan.FromDays(30))
            {
                Assert.True(upper > transit, $"{transit} -> bucket {bucket} ends at {upper}");
                var width = transit < TimeSpan.FromHours(12) ? TimeSpan.FromMinutes(15)
                    : transit < TimeSpan.FromDays(4) ? TimeSpan.FromHours(1) : TimeSpan.FromHours(6);
                Assert.True(upper - transit <= width, $"{transit} -> bucket {bucket} ends at {upper}");
            }
        }
    }

    [Fact]
    public void Buckets_are_in_transit_order()
    {
        for (var bucket = 1; bucket < TransitBuckets.Count; bucket++)
        {
            Assert.True(TransitBuckets.UpperBoundOf(bucket) > TransitBuckets.UpperBoundOf(bucket - 1));
        }
    }

    [Fact]
    public void Percentiles_read_the_bucket_that_holds_the_ranked_parcel()
    {
        // 10 parcels: 5 in under 15 min, 4 at 2 h, 1 at 3 days.
        var histogram = new Dictionary<int, long>
        {
            [TransitBuckets.BucketOf(TimeSpan.FromMinutes(10))] = 5,
            [TransitBuckets.BucketOf(TimeSpan.FromHours(2))] = 4,
            [TransitBuckets.BucketOf(TimeSpan.FromDays(3))] = 1,
        };

        Assert.Equal(TimeSpan.FromMinutes(15), TransitBuckets.Percentile(histogram, 0.50));
        Assert.Equal(TimeSpan.FromMinutes(135), TransitBuckets.Percentile(histogram, 0.90));
        Assert.Equal(TimeSpan.FromHours(73), TransitBuckets.Percentile(histogram, 0.95));
        Assert.Null(TransitBuckets.Percentile(new Dictionary<int, long>(), 0.5));
    }
}
