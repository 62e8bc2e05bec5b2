using static CainiaoDashboard.Simulation.KnownIds;

namespace CainiaoDashboard.Simulation;

/// <summary>
/// How a carrier behaves. Deliberately different per carrier so that dashboards have contrasts to show.
/// </summary>
/// <param name="Pace">Scales the service's usual time to first attempt (below 1 is faster).</param>
/// <param name="ComplaintRate">Complaints per parcel that arrived on time and without trouble (see <see cref="ComplaintPlanner"/>
/// for the multipliers on late, failed and exception-hit parcels).</param>
/// <param name="FirstMileFactor">Cross-border only: how the domestic first mile stretches the partner's time.</param>
internal sealed record CarrierProfile(
    int CarrierId,
    double Pace,
    double ExceptionRate,
    double FailedAttemptRate,
    double ComplaintRate,
    double FirstMileFactor = 1.0);

internal static class CarrierProfiles
{
    // The simulator's calibration, per carrier, from published orders of magnitude (not any carrier's own figures):
    // - On time: domestic near ZTO 95%, YTO 90%, STO 85% (the ordering of the couriers' on-time rankings in the State Post
    //   Bureau's quarterly timeliness reports; Olist's Brazilian marketplace data has 8.1% of delivered orders late);
    //   cross-border, with the partner's last mile, near USPS 94%, Singapore Post 86%, Correos 81% (USPS First-Class runs
    //   91-94% on time for its domestic leg alone; the cross-border share of the promise is in TransitTimes).
    // - Complaints: a few per 10,000 parcels, most on late, failed or exception-hit parcels. China's postal regulator
    //   counted 8.4 valid complaints per million parcels in 2016 (those that reach the regulator); the platform's own
    //   customer service hears from more shoppers, so the base rate is a few per 10,000 and the multipliers in
    //   ComplaintPlanner put the total in single or low double digits per 10,000.
    // - Exceptions and failed attempts: 2-5.5% and 3-9% (couriers' published first-attempt success rates of 90-97%).
    private static readonly CarrierProfile[] ById =
    [
        null!,
        new(Carriers.Zto, Pace: 0.98, ExceptionRate: 0.020, FailedAttemptRate: 0.03, ComplaintRate: 0.0002, FirstMileFactor: 0.97),
        new(Carriers.Sto, Pace: 1.13, ExceptionRate: 0.055, FailedAttemptRate: 0.08, ComplaintRate: 0.0005, FirstMileFactor: 1.04),
        new(Carriers.Yto, Pace: 1.07, ExceptionRate: 0.035, FailedAttemptRate: 0.05, ComplaintRate: 0.0003, FirstMileFactor: 1.00),
        new(Carriers.Usps, Pace: 0.88, ExceptionRate: 0.020, FailedAttemptRate: 0.04, ComplaintRate: 0.0003),
        new(Carriers.SingPost, Pace: 0.97, ExceptionRate: 0.035, FailedAttemptRate: 0.06, ComplaintRate: 0.0004),
        new(Carriers.Correos, Pace: 1.02, ExceptionRate: 0.045, FailedAttemptRate: 0.09, ComplaintRate: 0.0005),
    ];

    public static CarrierProfile Of(int carrierId) => ById[carrierId];
}
