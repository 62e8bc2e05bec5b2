using static CainiaoDashboard.Simulation.KnownIds;

namespace CainiaoDashboard.Simulation;

/// <summary>
/// How a carrier behaves. Deliberately different per carrier so that dashboards have contrasts to show.
/// </summary>
/// <param name="Pace">Scales the service's usual time to first attempt (below 1 is faster).</param>
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
    // Tuned so that domestic on-time rates come out near ZTO 95%, YTO 90%, STO 85%, and the partners order
    // USPS (fastest) before Singapore Post and Correos.
    private static readonly CarrierProfile[] ById =
    [
        null!,
        new(Carriers.Zto, Pace: 0.98, ExceptionRate: 0.020, FailedAttemptRate: 0.03, ComplaintRate: 0.002, FirstMileFactor: 0.97),
        new(Carriers.Sto, Pace: 1.13, ExceptionRate: 0.055, FailedAttemptRate: 0.08, ComplaintRate: 0.005, FirstMileFactor: 1.04),
        new(Carriers.Yto, Pace: 1.07, ExceptionRate: 0.035, FailedAttemptRate: 0.05, ComplaintRate: 0.003, FirstMileFactor: 1.00),
        new(Carriers.Usps, Pace: 0.77, ExceptionRate: 0.020, FailedAttemptRate: 0.04, ComplaintRate: 0.0025),
        new(Carriers.SingPost, Pace: 0.91, ExceptionRate: 0.035, FailedAttemptRate: 0.06, ComplaintRate: 0.004),
        new(Carriers.Correos, Pace: 1.00, ExceptionRate: 0.045, FailedAttemptRate: 0.09, ComplaintRate: 0.005),
    ];

    public static CarrierProfile Of(int carrierId) => ById[carrierId];
}
