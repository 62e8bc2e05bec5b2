using System.Diagnostics;
using System.Globalization;
using System.Text;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Ingest.Import;
using CainiaoDashboard.Simulation;

namespace CainiaoDashboard.Benchmarks;

/// <summary>
/// The simulator's fortnight written as import files (what <c>bench ingest</c> sends, re-sent and late scans included),
/// hour by hour so that no more than an hour of it is ever in memory: the load of <c>bench import</c>.
/// </summary>
public sealed record SimulatedHistoryFiles(ImportFiles Files, long Parcels, long Events, long Complaints, long Bytes, TimeSpan Writing)
{
    public static SimulatedHistoryFiles Write(string folder, int parcels)
    {
        var clock = Stopwatch.StartNew();
        var events = (int)Math.Min(int.MaxValue, parcels * 8L);
        var options = SimulatedFortnight.OptionsFor(events);
        var engine = SimulatedFortnight.Engine(options);
        var habits = new CarrierHabits(options);
        var files = new ImportFiles(Path.Combine(folder, "parcels.csv"), Path.Combine(folder, "events.csv"), Path.Combine(folder, "complaints.csv"));
        long parcelRows = 0, eventRows = 0, complaintRows = 0;
        using (var parcelsOut = Open(files.Parcels!, ParcelSheet.AllColumns))
        using (var eventsOut = Open(files.Events!, EventSheet.AllColumns))
        using (var complaintsOut = Open(files.Complaints!, ComplaintSheet.AllColumns))
        {
            void Append(SimulatedBatch batch)
            {
                foreach (var parcel in batch.Parcels) parcelsOut.WriteLine(ParcelRow(parcel));
                foreach (var scan in batch.Events) eventsOut.WriteLine(EventRow(scan));
                foreach (var complaint in batch.Complaints) complaintsOut.WriteLine(ComplaintRow(complaint));
                (parcelRows, eventRows, complaintRows) = (parcelRows + batch.Parcels.Count, eventRows + batch.Events.Count, complaintRows + batch.Complaints.Count);
            }

            // Whole hours: the last one may take the count a little past the wanted number.
            while (parcelRows < parcels) Append(habits.Apply(SimulatedFortnight.NextHour(engine, int.MaxValue)));

            Append(habits.Release());
        }

        var bytes = new[] { files.Parcels!, files.Events!, files.Complaints! }.Sum(f => new FileInfo(f).Length);
        return new SimulatedHistoryFiles(files, parcelRows, eventRows, complaintRows, bytes, clock.Elapsed);
    }

    private static StreamWriter Open(string path, IEnumerable<string> columns)
    {
        var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
        writer.WriteLine(string.Join(',', columns));
        return writer;
    }

    private static string ParcelRow(ParcelRegistration parcel)
    {
        var lane = ReferenceData.Lane(parcel.LaneId);
        var (country, province) = Destinations[lane.DestinationRegionId];
        return CsvText.Line([AsReal(parcel.TrackingNumber), ReferenceData.Carrier(parcel.CarrierId).Code, ReferenceData.ServiceLevel(parcel.ServiceLevelId).Code,
            ReferenceData.Channel(parcel.ChannelId).Code, Time(parcel.CreatedUtc), Time(parcel.PromisedUtc), OriginHubs[lane.OriginRegionId], "",
            country, province, parcel.RecipientName, parcel.RecipientPhone, parcel.RecipientAddress]);
    }

    private static string EventRow(CarrierEvent scan) => CsvText.Line(
    [
        ReferenceData.Carrier(scan.CarrierId).Code, scan.CarrierEventId, AsReal(scan.TrackingNumber), scan.RawCode, scan.RawText,
        ReferenceData.FindHub(scan.HubId)?.Code ?? "", Time(scan.EventUtc),
        scan.Handover is { } handover ? ReferenceData.Carrier(handover.CarrierId).Code : "", scan.Handover?.TrackingNumber is { } partner ? AsReal(partner) : "",
    ]);

    private static string ComplaintRow(ComplaintFiling complaint) => CsvText.Line(
    [
        complaint.IdempotencyKey ?? $"{complaint.TrackingNumber}-{complaint.OpenedUtc.Ticks}", AsReal(complaint.TrackingNumber),
        IncomingComplaintValidator.Token(complaint.Category), Time(complaint.OpenedUtc), complaint.Description,
        IncomingComplaintValidator.Token(complaint.ContactChannel),
    ]);

    /// <summary>The number as a real system would export it: without the simulator's prefix, which imports refuse.</summary>
    private static string AsReal(string trackingNumber) => trackingNumber[SimulatedParcels.Prefix.Length..];

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>A sorting centre of each region parcels leave from.</summary>
    private static readonly Dictionary<int, string> OriginHubs = ReferenceData.Hubs.Where(h => h.Kind == HubKind.SortingCentre)
        .GroupBy(h => h.RegionId).ToDictionary(g => g.Key, g => g.First().Code);

    /// <summary>A country (and in China a province) of each region parcels go to, as a registration names it.</summary>
    private static readonly Dictionary<int, (string Country, string Province)> Destinations = ReferenceData.Regions.ToDictionary(r => r.Id, r =>
        r.CountryCode == Places.China
            ? (Places.China, Places.ProvinceNames.First(p => Places.ProvinceRegion(p)?.Id == r.Id))
            : (Places.CountryCodes.First(c => c != Places.China && Places.CountryRegion(c)?.Id == r.Id), ""));
}
