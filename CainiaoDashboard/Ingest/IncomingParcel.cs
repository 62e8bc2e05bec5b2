namespace CainiaoDashboard.Ingest;

/// <summary>
/// A parcel as a marketplace's order system registers it at <c>POST /api/parcels</c> when the merchant prints the
/// waybill; every field is text, so a wrong value is rejected with a reason rather than failing the request.
/// </summary>
/// <param name="Carrier">The courier that picks the parcel up: ZTO, STO or YTO.</param>
/// <param name="Service">SAME_DAY, NEXT_DAY, STANDARD or CROSS_BORDER.</param>
/// <param name="Channel">TMALL, TAOBAO, ALIEXPRESS or TMALL_GLOBAL.</param>
/// <param name="OrderedAt">When the order was placed, ISO 8601 with an offset.</param>
/// <param name="PromisedAt">When delivery was promised, ISO 8601 with an offset.</param>
/// <param name="OriginHub">The sorting centre the parcel starts from, or else <paramref name="OriginProvince"/>.</param>
/// <param name="DestinationCountry">ISO 3166-1 alpha-2; CN needs <paramref name="DestinationProvince"/>.</param>
public sealed record IncomingParcel(
    string? TrackingNumber,
    string? Carrier,
    string? Service,
    string? Channel,
    string? OrderedAt,
    string? PromisedAt,
    string? OriginHub = null,
    string? OriginProvince = null,
    string? DestinationCountry = null,
    string? DestinationProvince = null,
    IncomingRecipient? Recipient = null);

/// <summary>Personal data: stored as sent, shown masked to anyone without the right to see it.</summary>
public sealed record IncomingRecipient(string? Name = null, string? Phone = null, string? Address = null);
