using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Tests.Simulation;

/// <summary>Carriers must differ clearly enough for the dashboards to show contrasts.</summary>
public class CarrierProfilesTests
{
    private static readonly IReadOnlyList<ParcelLife> Domestic = SimulatedLives.Default.Where(l => !l.IsCrossBorder).ToList();

    private static double Share(int carrierId, Func<ParcelLife, bool> predicate)
    {
        var lives = Domestic.Where(l => l.Registration.CarrierId == carrierId).ToList();
        Assert.True(lives.Count > 2000, $"only {lives.Count} parcels of carrier {carrierId}");
        return lives.Count(predicate) / (double)lives.Count;
    }

    [Fact]
    public void Zto_delivers_on_time_clearly_more_often_than_Sto_with_Yto_between()
    {
        var zto = Share(Zto, l => l.OnTime);
        var yto = Share(Yto, l => l.OnTime);
        var sto = Share(Sto, l => l.OnTime);

        Assert.InRange(zto, 0.92, 0.99);
        Assert.InRange(sto, 0.78, 0.90);
        Assert.True(zto - sto >= 0.06, $"ZTO {zto:P1}, STO {sto:P1}");
        Assert.InRange(yto, sto, zto);
    }

    [Fact]
    public void Sto_has_more_exceptions_and_failed_attempts_than_Zto()
    {
        Assert.True(Share(Sto, l => l.HadException) > 2 * Share(Zto, l => l.HadException));
        Assert.True(Share(Sto, l => l.FirstAttempt.Status == ParcelStatus.AttemptFailed)
            > 2 * Share(Zto, l => l.FirstAttempt.Status == ParcelStatus.AttemptFailed));
    }

    [Fact]
    public void Sto_draws_more_complaints_than_Zto()
    {
        double Rate(int carrierId) => SimulatedLives.Week.Where(l => !l.IsCrossBorder && l.Registration.CarrierId == carrierId)
            .Average(l => l.Complaints.Count);

        Assert.True(Rate(Sto) > 1.5 * Rate(Zto), $"STO {Rate(Sto) * 10_000:F1}, ZTO {Rate(Zto) * 10_000:F1} per 10,000");
    }

    [Fact]
    public void Cross_border_parcels_miss_their_promise_on_a_plausible_share_usps_least_often()
    {
        var onTime = SimulatedLives.Week.Where(l => l.IsCrossBorder && l.Handover is not null)
            .GroupBy(l => l.Handover!.Handover!.CarrierId)
            .ToDictionary(g => g.Key, g => g.Average(l => l.OnTime ? 1.0 : 0.0));

        Assert.InRange(onTime[Usps], 0.90, 0.97);
        Assert.InRange(onTime[SingPost], 0.82, 0.92);
        Assert.InRange(onTime[Correos], 0.76, 0.88);
        Assert.True(onTime[Usps] > onTime[SingPost] && onTime[SingPost] > onTime[Correos], string.Join(", ", onTime));
    }

    [Fact]
    public void Usps_is_faster_than_Singapore_Post_and_Correos()
    {
        var medianDays = SimulatedLives.Default.Where(l => l.IsCrossBorder && l.Delivered is not null)
            .GroupBy(l => l.Delivered!.CarrierId)
            .ToDictionary(g => g.Key, g =>
            {
                var days = g.Select(l => (l.Delivered!.EventUtc - l.Registration.CreatedUtc).TotalDays).Order().ToList();
                return days[days.Count / 2];
            });

        Assert.True(medianDays[Usps] + 1 < medianDays[SingPost], $"USPS {medianDays[Usps]:F1} d, Singapore Post {medianDays[SingPost]:F1} d");
        Assert.True(medianDays[Usps] + 1 < medianDays[Correos], $"USPS {medianDays[Usps]:F1} d, Correos {medianDays[Correos]:F1} d");
    }
}
