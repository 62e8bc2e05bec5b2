using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>Parcels the tests register: ZTO, East China to East China, sold on Tmall, with a recipient's details.</summary>
public static class TestParcels
{
    /// <summary>A tracking number no other test uses: the prefix and ten random characters.</summary>
    public static string NewTrackingNumber(string prefix = "ZT") => prefix + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    /// <summary>Registers a parcel (next-day unless a service level is given) and returns its tracking number.</summary>
    public static async Task<string> RegisterAsync(
        IngestPipeline pipeline, DateTime createdUtc, CancellationToken ct, string? trackingNumber = null, int? carrierId = null, int? serviceLevelId = null)
    {
        var number = trackingNumber ?? NewTrackingNumber();
        var service = serviceLevelId ?? NextDay;
        var promise = TimeSpan.FromHours(ReferenceData.ServiceLevels.Single(s => s.Id == service).PromiseHours);
        await pipeline.RegisterAsync(
            [new ParcelRegistration(number, carrierId ?? Zto, EastToEast, service, Tmall, createdUtc, createdUtc + promise, "Li Wei", "+86 138 0000 0000", "Hangzhou")],
            ct);
        return number;
    }
}
