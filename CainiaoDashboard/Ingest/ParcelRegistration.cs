namespace CainiaoDashboard.Ingest;

/// <summary>A parcel announced by the shipper (order placed), before any carrier scan.</summary>
public sealed record ParcelRegistration(
    string TrackingNumber,
    int CarrierId,
    int LaneId,
    int ServiceLevelId,
    int ChannelId,
    DateTime CreatedUtc,
    DateTime PromisedUtc,
    string RecipientName,
    string RecipientPhone,
    string RecipientAddress)
{
    /// <summary>The fields, in the API's names, in which a registration differs from a stored one.</summary>
    public static IReadOnlyList<string> Differences(ParcelRegistration stored, ParcelRegistration sent)
    {
        var differences = new List<string>();
        if (stored.CarrierId != sent.CarrierId) differences.Add("carrier");
        if (stored.ServiceLevelId != sent.ServiceLevelId) differences.Add("service");
        if (stored.ChannelId != sent.ChannelId) differences.Add("channel");
        if (stored.LaneId != sent.LaneId) differences.Add("origin or destination");
        if (stored.CreatedUtc != sent.CreatedUtc) differences.Add("orderedAt");
        if (stored.PromisedUtc != sent.PromisedUtc) differences.Add("promisedAt");
        if ((stored.RecipientName, stored.RecipientPhone, stored.RecipientAddress) != (sent.RecipientName, sent.RecipientPhone, sent.RecipientAddress))
        {
            differences.Add("recipient");
        }

        return differences;
    }
}
