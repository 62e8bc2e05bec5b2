using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;

namespace CainiaoDashboard.Tests.Simulation;

public class ComplaintPlannerTests
{
    private static readonly IReadOnlyList<ParcelLife> Lives = SimulatedLives.Week;

    private static IEnumerable<(ParcelLife Life, ComplaintFiling Complaint)> Complaints =>
        Lives.SelectMany(l => l.Complaints.Select(c => (l, c)));

    [Fact]
    public void A_few_parcels_in_10000_draw_one_complaint_filed_by_the_simulator_most_of_them_late_failed_or_disrupted()
    {
        var perTenThousand = Lives.Sum(l => l.Complaints.Count) * 10_000.0 / Lives.Count;
        var troubled = Lives.Where(l => l.Complaints.Count > 0)
            .Count(l => !l.OnTime || l.HadException || l.FirstAttempt.Status == ParcelStatus.AttemptFailed);

        Assert.InRange(perTenThousand, 3, 20);
        Assert.True(troubled > Lives.Count(l => l.Complaints.Count > 0) / 2, $"{troubled} of the complaints on troubled parcels");
        Assert.All(Lives, l => Assert.InRange(l.Complaints.Count, 0, 1));
        Assert.All(Complaints, x =>
        {
            Assert.Equal("simulator", x.Complaint.FiledBy);
            Assert.False(string.IsNullOrWhiteSpace(x.Complaint.Description));
            Assert.Equal(DateTimeKind.Utc, x.Complaint.OpenedUtc.Kind);
        });
    }

    [Fact]
    public void Late_or_disrupted_parcels_are_complained_about_far_more_often()
    {
        double Rate(IEnumerable<ParcelLife> lives) => lives.Average(l => l.Complaints.Count);
        var smooth = Lives.Where(l => l.OnTime && !l.HadException).ToList();

        Assert.True(Rate(Lives.Where(l => !l.OnTime)) > 3 * Rate(smooth));
        Assert.True(Rate(Lives.Where(l => l.HadException)) > 2 * Rate(smooth));
    }

    [Fact]
    public void Late_parcels_are_mostly_complained_about_for_lateness_and_on_time_ones_never()
    {
        var late = Complaints.Where(x => !x.Life.OnTime).Select(x => x.Complaint.Category).ToList();
        var onTime = Complaints.Where(x => x.Life.OnTime).Select(x => x.Complaint.Category).ToList();

        Assert.True(late.Count(c => c == ComplaintCategory.LateDelivery) > late.Count / 2);
        Assert.DoesNotContain(ComplaintCategory.LateDelivery, onTime);
        Assert.Contains(ComplaintCategory.ImpoliteCourier, onTime);
        Assert.Equal(Enum.GetValues<ComplaintCategory>().Length, Complaints.Select(x => x.Complaint.Category).Distinct().Count());
    }

    [Fact]
    public void A_complaint_is_opened_after_what_provoked_it()
    {
        Assert.All(Complaints, x =>
        {
            var (life, complaint) = x;
            var trigger = complaint.Category switch
            {
                ComplaintCategory.LateDelivery => life.Registration.PromisedUtc,
                ComplaintCategory.ImpoliteCourier => life.FirstAttempt.EventUtc,
                ComplaintCategory.Damaged or ComplaintCategory.Misdelivered => life.Delivered!.EventUtc,
                ComplaintCategory.Lost => life.Events.FirstOrDefault(e => e.Status == ParcelStatus.Exception)?.EventUtc ?? life.Registration.PromisedUtc,
                _ => life.Events[0].EventUtc,
            };
            Assert.True(complaint.OpenedUtc > trigger, $"{complaint.Category} at {complaint.OpenedUtc:O}, trigger {trigger:O}");
        });
    }

    [Fact]
    public void A_complaint_names_the_tracking_number_the_parcel_had_at_that_moment()
    {
        var complaints = Complaints.ToList();

        Assert.All(complaints, x =>
        {
            var (life, complaint) = x;
            var expected = life.Handover is { } handover && complaint.OpenedUtc >= handover.EventUtc
                ? handover.Handover!.TrackingNumber
                : life.Registration.TrackingNumber;
            Assert.Equal(expected, complaint.TrackingNumber);
        });
        Assert.Contains(complaints, x => x.Life.IsCrossBorder && x.Complaint.TrackingNumber != x.Life.Registration.TrackingNumber);
    }
}
