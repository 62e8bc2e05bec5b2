using CainiaoDashboard.Shared.Settings;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// A batch size below 1 made the writer gather nothing and spin while every submitter waited; the upper bounds keep
/// one batch's memory and one commit's duration within reason.
/// </summary>
public sealed class IngestOptionsValidator : IValidateOptions<IngestOptions>
{
    public const int MaxBatchSize = 1_000_000;
    public const int MaxFlushWindowMilliseconds = 10_000;
    public const int MaxQueueCapacity = 100_000;
    public const int MinCachedParcels = 2, MaxCachedParcels = 16_777_216;

    public ValidateOptionsResult Validate(string? name, IngestOptions options) =>
        new SettingChecks(IngestOptions.Section)
            .Between(nameof(options.BatchSize), options.BatchSize, 1, MaxBatchSize)
            .Between(nameof(options.FlushWindowMilliseconds), options.FlushWindowMilliseconds, 0, MaxFlushWindowMilliseconds)
            .Between(nameof(options.QueueCapacity), options.QueueCapacity, 1, MaxQueueCapacity)
            .Between(nameof(options.CachedParcels), options.CachedParcels, MinCachedParcels, MaxCachedParcels)
            .Result();
}
