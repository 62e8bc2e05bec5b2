namespace CainiaoDashboard.Domain;

/// <summary>
/// The stretches of a parcel's journey, in order. Domestic parcels have the first mile, the linehaul and the delivery;
/// cross-border parcels pass export customs, the international flight, import customs and the hand-over partner's last
/// mile between the linehaul and the delivery.
/// </summary>
public enum Leg
{
    /// <summary>From the order to the courier's pick-up scan: the shipper's hand-over.</summary>
    FirstMile,

    /// <summary>From pick-up through the courier's sorting centres to export (cross-border) or the delivery round.</summary>
    Linehaul,

    /// <summary>From the export customs scan to departure from the origin gateway.</summary>
    ExportCustoms,

    /// <summary>From departure to arrival in the destination country.</summary>
    International,

    /// <summary>From arrival in the destination country to customs release.</summary>
    ImportCustoms,

    /// <summary>From customs release, through the hand-over, to the partner's delivery round.</summary>
    PartnerLastMile,

    /// <summary>From the first out-for-delivery scan (or attempt, or pick-up point) to delivery.</summary>
    Delivery,
}

/// <summary>Who a stretch of lateness belongs to.</summary>
public enum LateParty
{
    Shipper,
    Courier,
    Partner,
    Customs,
    Recipient,
    Weather,
}
