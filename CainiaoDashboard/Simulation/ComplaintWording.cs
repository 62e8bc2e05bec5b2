using System.Globalization;
using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Simulation;

/// <summary>Short descriptions as support staff would log them.</summary>
internal static class ComplaintWording
{
    public static string Describe(ComplaintCategory category, int variant, double hoursLate, bool receivedBeforehand) =>
        category switch
        {
            ComplaintCategory.LateDelivery => receivedBeforehand
                ? Pick(variant,
                    $"Parcel arrived {Lateness(hoursLate)} later than promised.",
                    $"Delivery promised earlier; it came {Lateness(hoursLate)} late and the customer wants compensation.",
                    $"Customer says the delivery promise was broken by {Lateness(hoursLate)}.")
                : Pick(variant,
                    "Promised delivery time has passed and the parcel has not arrived.",
                    "Customer needs the item urgently; the parcel is overdue.",
                    "Parcel is past its promised date; customer asks when it will come."),
            ComplaintCategory.ImpoliteCourier => Pick(variant,
                "Courier was rude on the phone and refused to bring the parcel upstairs.",
                "Courier left the parcel at the gate without calling and was impolite when asked.",
                "Courier shouted at the recipient during delivery."),
            ComplaintCategory.Damaged => Pick(variant,
                "Box arrived crushed and the item inside is broken.",
                "Outer packaging torn open; contents damaged.",
                "Parcel was wet on arrival and the product is ruined."),
            ComplaintCategory.Lost => Pick(variant,
                "Tracking has not moved for days; customer believes the parcel is lost.",
                "No scan since the last update; please locate the parcel.",
                "Customer reports the parcel missing and asks for a refund."),
            ComplaintCategory.Misdelivered => Pick(variant,
                "Marked as delivered but the recipient never received it.",
                "Parcel was delivered to the wrong building.",
                "Signed for by someone the recipient does not know."),
            _ => Pick(variant,
                "Customer asks to change the delivery address.",
                "Customer asks for a specific delivery time window.",
                "Customer questions the fees charged on delivery."),
        };

    private static string Lateness(double hours) => hours >= 36
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(hours / 24)} days")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, Math.Round(hours))} hours");

    private static string Pick(int variant, params string[] texts) => texts[variant % texts.Length];
}
