using System.Globalization;
using System.Text;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>
/// An operator's history written as import files from a seeded random source (parcels over a fortnight, their scans
/// shuffled and some sent twice, complaints), with the answers the dashboard should give worked out from the rows
/// alone: parcels per China day, the on-time rate by the first-attempt rule, complaints per 10,000 parcels.
/// </summary>
public sealed class GeneratedHistory
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly string[] Attempts = ["SIGN", "SIGN_LOCKER", "FAILED_NOT_HOME", "FAILED_REFUSED"];

    public Dictionary<DateOnly, int> CreatedPerDay { get; } = [];
    public Dictionary<DateOnly, (int Attempts, int OnTime)> FirstAttemptsPerDay { get; } = [];
    public Dictionary<DateOnly, int> ComplaintsPerDay { get; } = [];
    public int Parcels { get; private set; }
    public int DistinctEvents { get; private set; }
    public int Complaints { get; private set; }

    public static GeneratedHistory Write(string parcelsFile, string eventsFile, string complaintsFile, int parcels, int seed)
    {
        var random = new Random(seed);
        var history = new GeneratedHistory { Parcels = parcels };
        var parcelRows = new StringBuilder("trackingNumber,carrier,service,channel,orderedAt,promisedAt,originHub,destinationCountry,destinationProvince,recipient.name\n");
        var eventRows = new List<string>();
        var complaintRows = new StringBuilder("complaintId,trackingNumber,category,filedAt,text\n");
        var firstDay = new DateTimeOffset(2026, 10, 1, 0, 0, 0, China);
        for (var i = 0; i < parcels; i++)
        {
            var number = $"GH{seed}{i:D6}";
            var carrier = new[] { "ZTO", "STO", "YTO" }[random.Next(3)];
            var (service, promiseHours) = random.Next(2) == 0 ? ("NEXT_DAY", 36) : ("STANDARD", 96);
            var ordered = firstDay.AddDays(random.Next(14)).AddMinutes(random.Next(24 * 60));
            var promised = ordered.AddHours(promiseHours);
            var province = new[] { "Beijing", "广东", "Sichuan", "Zhejiang" }[random.Next(4)];
            parcelRows.Append(CultureInfo.InvariantCulture,
                $"{number},{carrier},{service},TMALL,{Time(ordered)},{Time(promised)},HGH,CN,{province},\"Recipient, {i}\"\n");
            history.CreatedPerDay[DayOf(ordered)] = history.CreatedPerDay.GetValueOrDefault(DayOf(ordered)) + 1;

            var scans = new List<(string Code, DateTimeOffset At)> { ("GOT", ordered.AddHours(2)) };
            if (random.NextDouble() < 0.9)
            {
                var attempt = ordered.AddHours(10 + random.Next(110));
                var code = Attempts[random.Next(Attempts.Length)];
                scans.Add(("SENT_SCAN", attempt.AddHours(-3)));
                scans.Add((code, attempt));
                if (code.StartsWith("FAILED", StringComparison.Ordinal)) scans.Add(("SIGN", attempt.AddDays(1)));
                var first = DayOf(attempt);
                var (attempts, onTime) = history.FirstAttemptsPerDay.GetValueOrDefault(first);
                history.FirstAttemptsPerDay[first] = (attempts + 1, onTime + (attempt <= promised ? 1 : 0));
            }

            foreach (var (code, at) in scans)
            {
                var row = $"{carrier},{number}-{code},{number},{code},scan {code},HGH,{Time(at)},,";
                eventRows.Add(row);
                if (random.NextDouble() < 0.03) eventRows.Add(row); // sent twice, as carriers do
            }

            history.DistinctEvents += scans.Count;
            if (random.NextDouble() < 0.08)
            {
                var filed = ordered.AddHours(24 + random.Next(150));
                complaintRows.Append(CultureInfo.InvariantCulture, $"CS-{number},{number},late-delivery,{Time(filed)},\"Where is it, please?\"\n");
                history.ComplaintsPerDay[DayOf(filed)] = history.ComplaintsPerDay.GetValueOrDefault(DayOf(filed)) + 1;
                history.Complaints++;
            }
        }

        File.WriteAllText(parcelsFile, parcelRows.ToString());
        File.WriteAllText(eventsFile, "carrier,eventId,trackingNumber,statusCode,statusText,hubCode,eventTime,handoverCarrier,handoverTrackingNumber\n" +
            string.Join("\n", eventRows.OrderBy(_ => random.Next())) + "\n");
        File.WriteAllText(complaintsFile, complaintRows.ToString());
        return history;
    }

    /// <summary>Every day any figure falls on, first to last.</summary>
    public (DateOnly First, DateOnly Last) Days
    {
        get
        {
            var days = CreatedPerDay.Keys.Concat(FirstAttemptsPerDay.Keys).Concat(ComplaintsPerDay.Keys).ToList();
            return (days.Min(), days.Max());
        }
    }

    private static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(China).DateTime);

    /// <summary>Half the times in China time, half in UTC: both are what systems send.</summary>
    private static string Time(DateTimeOffset at) =>
        at.Minute % 2 == 0 ? at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
