namespace CainiaoDashboard.Domain;

/// <summary>A count per <see cref="LateParty"/>, in the enum's order.</summary>
public readonly record struct PartyCounts(long Shipper, long Courier, long Partner, long Customs, long Recipient, long Weather)
{
    public static readonly IReadOnlyList<LateParty> Parties = Enum.GetValues<LateParty>();

    public long this[LateParty party] => party switch
    {
        LateParty.Shipper => Shipper,
        LateParty.Courier => Courier,
        LateParty.Partner => Partner,
        LateParty.Customs => Customs,
        LateParty.Recipient => Recipient,
        _ => Weather,
    };

    public long Total => Shipper + Courier + Partner + Customs + Recipient + Weather;

    /// <summary>These counts with one more for <paramref name="party"/>.</summary>
    public PartyCounts Plus(LateParty party, long count = 1) => party switch
    {
        LateParty.Shipper => this with { Shipper = Shipper + count },
        LateParty.Courier => this with { Courier = Courier + count },
        LateParty.Partner => this with { Partner = Partner + count },
        LateParty.Customs => this with { Customs = Customs + count },
        LateParty.Recipient => this with { Recipient = Recipient + count },
        _ => this with { Weather = Weather + count },
    };

    public static PartyCounts operator +(PartyCounts a, PartyCounts b) => new(
        a.Shipper + b.Shipper, a.Courier + b.Courier, a.Partner + b.Partner, a.Customs + b.Customs, a.Recipient + b.Recipient, a.Weather + b.Weather);
}
