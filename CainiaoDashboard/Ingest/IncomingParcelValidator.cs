using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// Checks a registration without the database (fields, known codes, places that lie on a lane, times with offsets, a
/// promise after the order) and turns it into a <see cref="ParcelRegistration"/>. Whether the number is new is the writer's check.
/// </summary>
public sealed class IncomingParcelValidator(TimeProvider time)
{
    public const int MaxNameLength = 120, MaxPhoneLength = 40, MaxAddressLength = 300;

    // Built once: every registration (and every row of an import) is checked against them.
    private static readonly Dictionary<string, Carrier> Couriers = ByCode(ReferenceData.Carriers.Where(c => c.Scope == CarrierScope.Domestic));
    private static readonly Dictionary<string, ServiceLevel> Services = ByCode(ReferenceData.ServiceLevels);
    private static readonly Dictionary<string, Channel> Channels = ByCode(ReferenceData.Channels);

    private static readonly Dictionary<string, Region> SortingCentreRegions = ReferenceData.Hubs.Where(h => h.Kind == HubKind.SortingCentre)
        .ToDictionary(h => h.Code, h => ReferenceData.Region(h.RegionId), StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<(int Origin, int Destination), Lane> LanesByRegions =
        ReferenceData.Lanes.ToDictionary(l => (l.OriginRegionId, l.DestinationRegionId));

    /// <summary>The registration, or the reason the parcel is refused.</summary>
    public (ParcelRegistration? Registration, string? Error) Validate(IncomingParcel item)
    {
        if (IdentifierText.Check("trackingNumber", item.TrackingNumber, out var trackingNumber) is { } numberError) return (null, numberError);
        if (trackingNumber.Length > CarrierEventValidator.MaxTrackingNumberLength)
        {
            return (null, $"trackingNumber longer than {CarrierEventValidator.MaxTrackingNumberLength} characters");
        }

        if (SimulatedParcels.Refusal("trackingNumber", trackingNumber) is { } reserved) return (null, reserved);

        if (Coded(item.Carrier, "carrier", Couriers, out var carrier) is { } carrierError) return (null, carrierError);
        if (Coded(item.Service, "service", Services, out var service) is { } serviceError) return (null, serviceError);
        if (Coded(item.Channel, "channel", Channels, out var channel) is { } channelError) return (null, channelError);

        if (EventTimeText.Check(item.OrderedAt, out var orderedAt, "orderedAt") is { } orderedError) return (null, orderedError);
        if (EventTimeText.Check(item.PromisedAt, out var promisedAt, "promisedAt") is { } promisedError) return (null, promisedError);
        var orderedUtc = orderedAt.UtcDateTime;
        var promisedUtc = promisedAt.UtcDateTime;
        if (orderedUtc < CarrierEventValidator.EarliestEventUtc) return (null, $"orderedAt is before {CarrierEventValidator.EarliestEventUtc:yyyy-MM-dd}");
        if (orderedUtc > time.GetUtcNow().UtcDateTime + CarrierEventValidator.MaxClockSkew)
        {
            return (null, $"orderedAt is more than {CarrierEventValidator.MaxClockSkew.TotalMinutes:0} minutes in the future");
        }

        if (promisedUtc <= orderedUtc) return (null, "promisedAt is not after orderedAt");

        var (originError, origin) = Origin(item);
        if (originError is not null) return (null, originError);
        var (destinationError, destination) = Destination(item);
        if (destinationError is not null) return (null, destinationError);
        if (!LanesByRegions.TryGetValue((origin!.Id, destination!.Id), out var lane)) return (null, $"no lane from {origin.Name} to {destination.Name}");

        if (lane.IsCrossBorder != (service.Code == "CROSS_BORDER"))
        {
            return (null, lane.IsCrossBorder ? "a parcel abroad needs service CROSS_BORDER" : "service CROSS_BORDER is for parcels abroad");
        }

        var recipient = item.Recipient ?? new IncomingRecipient();
        if (recipient.Name?.Length > MaxNameLength) return (null, $"recipient.name longer than {MaxNameLength} characters");
        if (recipient.Phone?.Length > MaxPhoneLength) return (null, $"recipient.phone longer than {MaxPhoneLength} characters");
        if (recipient.Address?.Length > MaxAddressLength) return (null, $"recipient.address longer than {MaxAddressLength} characters");

        return (new ParcelRegistration(trackingNumber, carrier.Id, lane.Id, service.Id, channel.Id, orderedUtc, promisedUtc,
            recipient.Name?.Trim() ?? "", recipient.Phone?.Trim() ?? "", recipient.Address?.Trim() ?? ""), null);
    }

    /// <summary>The region the parcel starts in: its hub's, or its province's (both given, they must agree).</summary>
    private static (string? Error, Region? Region) Origin(IncomingParcel item)
    {
        Region? byHub = null, byProvince = null;
        if (!string.IsNullOrWhiteSpace(item.OriginHub))
        {
            if (!SortingCentreRegions.TryGetValue(item.OriginHub.Trim(), out byHub))
            {
                return ($"unknown originHub '{ClientEcho.Cut(item.OriginHub)}': a sorting centre in China", null);
            }
        }

        if (!string.IsNullOrWhiteSpace(item.OriginProvince))
        {
            byProvince = Places.ProvinceRegion(item.OriginProvince);
            if (byProvince is null) return ($"unknown originProvince '{ClientEcho.Cut(item.OriginProvince)}'", null);
        }

        return (byHub, byProvince) switch
        {
            (null, null) => ("missing field: originHub or originProvince", null),
            ({ } hubRegion, { } provinceRegion) when hubRegion.Id != provinceRegion.Id => ("originHub is not in originProvince's region", null),
            _ => (null, byHub ?? byProvince),
        };
    }

    /// <summary>The region the parcel goes to: a province's in China, the country's abroad.</summary>
    private static (string? Error, Region? Region) Destination(IncomingParcel item)
    {
        if (string.IsNullOrWhiteSpace(item.DestinationCountry)) return ("missing field: destinationCountry", null);
        var country = item.DestinationCountry.Trim();
        if (string.Equals(country, Places.China, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(item.DestinationProvince)) return ("missing field: destinationProvince (required in China)", null);
            return Places.ProvinceRegion(item.DestinationProvince) is { } province
                ? (null, province)
                : ($"unknown destinationProvince '{ClientEcho.Cut(item.DestinationProvince)}'", null);
        }

        return Places.CountryRegion(country) is { } region
            ? (null, region)
            : ($"no lane to destinationCountry '{ClientEcho.Cut(country)}'", null);
    }

    /// <summary>The entry the value names (any case), or the reason it is refused.</summary>
    private static string? Coded<T>(string? value, string field, Dictionary<string, T> known, out T match) where T : class
    {
        match = null!;
        if (string.IsNullOrWhiteSpace(value)) return $"missing field: {field}";
        if (known.TryGetValue(value.Trim(), out var found))
        {
            match = found;
            return null;
        }

        return $"unknown {field} '{ClientEcho.Cut(value)}': one of {string.Join(", ", known.Keys)}";
    }

    /// <summary>Reference entries by code, in their order (the order the messages list them in).</summary>
    private static Dictionary<string, T> ByCode<T>(IEnumerable<T> entries) where T : ICodedEntity =>
        entries.ToDictionary(e => e.Code, StringComparer.OrdinalIgnoreCase);
}
