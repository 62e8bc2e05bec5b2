using CainiaoDashboard.Ingest;

namespace CainiaoDashboard.Tests.Ingest;

public class IngestOptionsValidatorTests
{
    private readonly IngestOptionsValidator validator = new();

    [Fact]
    public void The_defaults_and_the_edges_of_each_range_are_accepted()
    {
        Assert.True(validator.Validate(null, new IngestOptions()).Succeeded);
        Assert.True(validator.Validate(null, new IngestOptions { BatchSize = 1, FlushWindowMilliseconds = 0, QueueCapacity = 1, CachedParcels = 2 }).Succeeded);
        Assert.True(validator.Validate(null, new IngestOptions { BatchSize = 1_000_000, FlushWindowMilliseconds = 10_000, QueueCapacity = 100_000, CachedParcels = 16_777_216 }).Succeeded);
    }

    [Theory]
    [InlineData(0, 50, 1024, "Ingest:BatchSize is 0; it must be between 1 and 1,000,000.")]
    [InlineData(-5, 50, 1024, "Ingest:BatchSize is -5; it must be between 1 and 1,000,000.")]
    [InlineData(1_000_001, 50, 1024, "Ingest:BatchSize is 1000001; it must be between 1 and 1,000,000.")]
    [InlineData(20_000, -1, 1024, "Ingest:FlushWindowMilliseconds is -1; it must be between 0 and 10,000.")]
    [InlineData(20_000, 50, 0, "Ingest:QueueCapacity is 0; it must be between 1 and 100,000.")]
    public void A_value_out_of_range_is_named_with_its_value_and_the_range(int batchSize, int flushWindow, int queueCapacity, string expected)
    {
        var result = validator.Validate(null, new IngestOptions { BatchSize = batchSize, FlushWindowMilliseconds = flushWindow, QueueCapacity = queueCapacity });

        Assert.Equal([expected], result.Failures);
    }

    [Theory]
    [InlineData(1, "Ingest:CachedParcels is 1; it must be between 2 and 16,777,216.")]
    [InlineData(16_777_217, "Ingest:CachedParcels is 16777217; it must be between 2 and 16,777,216.")]
    public void A_parcel_cache_too_small_for_two_generations_or_beyond_memory_reason_is_refused(int cachedParcels, string expected)
    {
        var result = validator.Validate(null, new IngestOptions { CachedParcels = cachedParcels });

        Assert.Equal([expected], result.Failures);
    }
}
