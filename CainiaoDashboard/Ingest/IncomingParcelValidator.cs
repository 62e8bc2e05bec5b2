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
    private static readonly string[] CourierCodes = [.. ReferenceData.Carriers.Where(c => c.Scope == CarrierScope.Domestic).Select(c => c.Code)];
    private static readonly string[] ServiceCodes = [.. ReferenceData.ServiceLevels.Select(s => s.Code)];
    private static readonly string[] ChannelCodes = [.. ReferenceData.Channels.Select(c => c.Code)];

    /// <summary>The registration, or the reason the parcel is refused.</summary>
    public (ParcelRegistration? Registration, string? Error) Validate(IncomingParcel item)
    {
        if (IdentifierText.Check("trackingNumber", item.TrackingNumber, out var trackingNumber) is { } numberError) return (null, numberError);
        if (trackingNumber.Length > CarrierEventValidator.MaxTrackingNumberLength)
        {
            return (null, $"trackingNumber longer than {CarrierEventValidator.MaxTrackingNumberLength} characters");
        }

        if (SimulatedParcels.Refusal("trackingNumber", trackingNumber) is { } reserved) return (null, reserved);

        if (Coded(item.Carrier, "carrier", CourierCodes, out var carrierCode) is { } carrierError) return (null, carrierError);
        if (Coded(item.Service, "service", ServiceCodes, out var serviceCode) is { } serviceError) return (null, serviceError);
        if (Coded(item.Channel, "channel", ChannelCodes, out var channelCode) is { } channelError) return (null, channelError);

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
        var lane = ReferenceData.Lanes.SingleOrDefault(l => l.OriginRegionId == origin!.Id && l.DestinationRegionId == destination!.Id);
        if (lane is null) return (null, $"no lane from {origin!.Name} to {destination!.Name}");

        var service = ReferenceData.ServiceLevel(serviceCode);
        if (lane.IsCrossBorder != (service.Code == "CROSS_BORDER"))
        {
            return (null, lane.IsCrossBorder ? "a parcel abroad needs service CROSS_BORDER" : "service CROSS_BORDER is for parcels abroad");
        }

        var recipient = item.Recipient ?? new IncomingRecipient();
        if (recipient.Name?.Length > MaxNameLength) return (null, $"recipient.name longer than {MaxNameLength} characters");
        if (recipient.Phone?.Length > MaxPhoneLength) return (null, $"recipient.phone longer than {MaxPhoneLength} characters");
        if (recipient.Address?.Length > MaxAddressLength) return (null, $"recipient.address longer than {MaxAddressLength} characters");

        return (new ParcelRegistration(trackingNumber, ReferenceData.Carrier(carrierCode).Id, lane.Id, service.Id,
            ReferenceData.Channel(channelCode).Id, orderedUtc, promisedUtc,
            recipient.Name?.Trim() ?? "", recipient.Phone?.Trim() ?? "", recipient.Address?.Trim() ?? ""), null);
    }

    /// <summary>The region the parcel starts in: its hub's, or its province's (both given, they must agree).</summary>
    private static (string? Error, Region? Region) Origin(IncomingParcel item)
    {
        Region? byHub = null, byProvince = null;
        if (!string.IsNullOrWhiteSpace(item.OriginHub))
        {
            var hub = ReferenceData.Hubs.FirstOrDefault(h => h.Kind == HubKind.SortingCentre && string.Equals(h.Code, item.OriginHub.Trim(), StringComparison.OrdinalIgnoreCase));
            if (hub is null) return ($"unknown originHub '{ClientEcho.Cut(item.OriginHub)}': a sorting centre in China", null);
            byHub = ReferenceData.Regions.Single(r => r.Id == hub.RegionId);
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

    /// <summary>The code as the reference data spells it, or the reason it is refused.</summary>
    private static string? Coded(string? value, string field, string[] known, out string code)
    {
        code = "";
        if (string.IsNullOrWhiteSpace(value)) return $"missing field: {field}";
        var match = known.FirstOrDefault(c => string.Equals(c, value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match is null) return $"unknown {field} '{ClientEcho.Cut(value)}': one of {string.Join(", ", known)}";
        code = match;
        return null;
    }
}
