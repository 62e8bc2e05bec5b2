using System.Globalization;

namespace CainiaoDashboard.Domain;

/// <summary>
/// Each leg's planned share of a service's promise window, per carrier where a carrier has its own plan, from the reviewed
/// table <c>Domain/leg-plans.csv</c> (built into the assembly). A leg the plan does not name is planned at zero.
/// </summary>
public static class LegPlans
{
    private const string AnyCarrier = "*";

    private static readonly Dictionary<(string Carrier, string Service), Dictionary<Leg, double>> Plans = Parse(ReviewedTables.Read("leg-plans.csv"));

    /// <summary>Reads the table now, so that a bad one stops start-up rather than the first parcel page.</summary>
    public static void Check() => _ = Plans.Count;

    /// <summary>The planned share of each leg for this carrier's parcels of this service (the carrier's own plan, else the default).</summary>
    public static IReadOnlyDictionary<Leg, double> SharesFor(int carrierId, int serviceLevelId)
    {
        var service = ReferenceData.ServiceLevel(serviceLevelId).Code;
        return Plans.GetValueOrDefault((ReferenceData.Carrier(carrierId).Code, service))
            ?? Plans.GetValueOrDefault((AnyCarrier, service))
            ?? throw new InvalidOperationException($"leg-plans.csv has no plan for {service}.");
    }

    /// <summary>The leg's planned duration: its share of the window from order to promise.</summary>
    public static TimeSpan Planned(int carrierId, int serviceLevelId, Leg leg, DateTime createdUtc, DateTime promisedUtc) =>
        promisedUtc > createdUtc ? (promisedUtc - createdUtc) * SharesFor(carrierId, serviceLevelId).GetValueOrDefault(leg) : TimeSpan.Zero;

    /// <summary>Reads the table; a line naming an unknown carrier, service or leg, or a plan whose shares do not add up to 1, stops start-up.</summary>
    public static Dictionary<(string, string), Dictionary<Leg, double>> Parse(string text)
    {
        var plans = new Dictionary<(string, string), Dictionary<Leg, double>>();
        foreach (var line in ReviewedTables.Rows(text))
        {
            InvalidOperationException Bad(string why) => new($"leg-plans.csv: {why}: {line}");
            var (carrier, service, legName, shareText) = line.Split(',') is [var c, var s, var l, var sh] ? (c, s, l, sh) : throw Bad("a line needs four fields");
            if (carrier != AnyCarrier && ReferenceData.Carriers.All(k => k.Code != carrier)) throw Bad("unknown carrier");
            if (ReferenceData.ServiceLevels.All(k => k.Code != service)) throw Bad("unknown service");
            if (!Enum.TryParse<Leg>(legName, out var leg) || !Enum.IsDefined(leg)) throw Bad("unknown leg");
            if (!double.TryParse(shareText, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) || !double.IsFinite(share) || share is < 0 or > 1)
            {
                throw Bad("a share is between 0 and 1");
            }

            if (!plans.TryGetValue((carrier, service), out var plan)) plans[(carrier, service)] = plan = [];
            if (!plan.TryAdd(leg, share)) throw Bad("the leg is already planned");
        }

        foreach (var ((carrier, service), plan) in plans)
        {
            if (!(Math.Abs(plan.Values.Sum() - 1) <= 1e-9)) throw new InvalidOperationException($"leg-plans.csv: the shares of {carrier} {service} add up to {plan.Values.Sum():0.###}, not 1.");
        }

        return plans;
    }
}
