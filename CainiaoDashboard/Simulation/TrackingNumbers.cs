using CainiaoDashboard.Domain;
using static CainiaoDashboard.Simulation.KnownIds;

namespace CainiaoDashboard.Simulation;

/// <summary>
/// Carrier-style tracking numbers derived from a parcel's serial (minute slot x 1000 + index in slot), so
/// they are unique and the same whenever the parcel is regenerated; each behind <see cref="SimulatedParcels.Prefix"/>,
/// so that no real parcel can ever have one.
/// </summary>
internal static class TrackingNumbers
{
    /// <summary>Eleven digits hold serials until the year 2160.</summary>
    public const long MaxSerial = 99_999_999_999;

    public static long Serial(long slot, int index) => slot * 1000 + index;

    public static string For(int carrierId, long serial)
    {
        if (serial is < 0 or > MaxSerial)
        {
            throw new ArgumentOutOfRangeException(nameof(serial), serial, "Serial outside the tracking number space.");
        }

        return SimulatedParcels.Prefix + carrierId switch
        {
            Carriers.Zto => $"ZT7{serial:D11}",
            Carriers.Sto => $"77{serial:D11}",
            Carriers.Yto => $"YT20{serial:D11}",
            Carriers.Usps => Usps(serial),
            Carriers.SingPost => UpuS10(serial, "SG"),
            Carriers.Correos => UpuS10(serial, "ES"),
            _ => throw new ArgumentOutOfRangeException(nameof(carrierId), carrierId, "No tracking number format for this carrier."),
        };
    }

    /// <summary>"9400" + 17 digits + a mod-10 check digit (weights 3 and 1 from the right).</summary>
    private static string Usps(long serial)
    {
        var body = $"9400109699{serial:D11}"; // 21 digits
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var weight = (body.Length - i) % 2 == 1 ? 3 : 1;
            sum += (body[i] - '0') * weight;
        }

        return body + (char)('0' + (10 - sum % 10) % 10);
    }

    /// <summary>
    /// UPU S10: two letters, eight digits, a check digit, the country. Nine digits cannot hold an eleven-digit
    /// serial, so the two leading letters carry its high part (base 26) and the space lasts until about 2098.
    /// </summary>
    private static string UpuS10(long serial, string country)
    {
        var digits = (int)(serial % 100_000_000);
        var high = serial / 100_000_000;
        var first = (char)('A' + high / 26 % 26);
        var second = (char)('A' + high % 26);

        ReadOnlySpan<int> weights = [8, 6, 4, 2, 3, 5, 9, 7];
        var sum = 0;
        var rest = digits;
        for (var i = 7; i >= 0; i--)
        {
            sum += rest % 10 * weights[i];
            rest /= 10;
        }

        var check = 11 - sum % 11;
        check = check switch { 10 => 0, 11 => 5, _ => check };
        return $"{first}{second}{digits:D8}{check}{country}";
    }
}
