using System.Text;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Executive;
using CainiaoDashboard.Ingest.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Ingest.Import;

public sealed class HistoryImportTests
{
    private const string Header =
        "trackingNumber,carrier,service,channel,orderedAt,promisedAt,originHub,originProvince,destinationCountry,destinationProvince,recipient.name,recipient.phone,recipient.address";

    private const string EventsHeader = "carrier,eventId,trackingNumber,statusCode,statusText,hubCode,eventTime,handoverCarrier,handoverTrackingNumber";

    [Fact]
    public async Task The_samples_import_whole_and_a_second_run_changes_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        using var database = await MigratedDatabase.CreateAsync();
        var files = new ImportFiles(ImportRun.Sample("parcels.csv"), ImportRun.Sample("events.csv"), ImportRun.Sample("complaints.csv"), "CS desk");

        var (first, output) = await ImportRun.RunAsync(database, files, ct);
        var stored = await StoredAsync(database, ct);
        var (second, _) = await ImportRun.RunAsync(database, files, ct);

        Assert.Equal((3L, 13L, 2L, 0L), (first.Parcels, first.Events, first.Complaints, first.Rejected));
        Assert.EndsWith("""{"import":"done","parcels":3,"events":13,"complaints":2,"rejected":0,"seconds":""", first.JsonLine[..^4]);
        Assert.Contains("events.csv: 13 rows: 13 stored, 0 stored before, 0 rejected", output);
        Assert.Equal((0L, 0L, 0L, 0L), (second.Parcels, second.Events, second.Complaints, second.Rejected));
        Assert.Equal([3L, 13L, 2L], second.Sheets.Select(s => s.Duplicates));
        Assert.Equal(stored, await StoredAsync(database, ct));

        await using var db = database.NewContext();
        var usps = await db.ParcelTrackingNumbers.AsNoTracking().SingleAsync(t => t.TrackingNumber == "9400109699001234500031", ct);
        Assert.Equal(await db.Parcels.Where(p => p.TrackingNumber == "YT2088123450003").Select(p => p.Id).SingleAsync(ct), usps.ParcelId);
        Assert.Equal(["CS desk"], await db.Complaints.Select(c => c.OpenedBy).Distinct().ToListAsync(ct));
    }

    [Fact]
    public async Task Hostile_rows_land_in_the_rejects_file_with_their_reasons_and_nothing_of_their_parcels_is_stored()
    {
        var ct = TestContext.Current.CancellationToken;
        using var database = await MigratedDatabase.CreateAsync();
        using var folder = new TempDirectory();
        const string good = "2026-11-02T09:15:00+08:00,2026-11-03T21:15:00+08:00";
        string Row(string number, string carrier = "ZTO", string times = good, string hub = "HGH", string name = "Li Wei") =>
            $"{number},{carrier},NEXT_DAY,TMALL,{times},{hub},,CN,Beijing,{name},+86 138 0013 8000,Chaoyang";
        var parcels = new StringBuilder().AppendLine(Header)
            .AppendLine(Row("HX001"))                                                                       // line 2: good
            .AppendLine(Row("HX002", times: "2026-11-02T09:15:00,2026-11-03T21:15:00+08:00"))              // 3: no offset
            .AppendLine(Row("HX003", times: "2026-11-02T09:15:00+08:00,2026-11-01T21:15:00+08:00"))        // 4: promise before order
            .AppendLine(Row("HX004", carrier: "DHL"))                                                       // 5: unknown carrier
            .AppendLine(Row("HX005", hub: "XXX"))                                                           // 6: unknown hub
            .AppendLine(Row("HX006", name: "Li Wei"))                                                       // 7: the same number twice,
            .AppendLine(Row("HX006", name: "Wang Fang"))                                                    // 8: with different content
            .AppendLine(Row("HX007", name: new string('x', 10 * 1024 * 1024)))                              // 9: a 10 MB field
            .AppendLine(Row("HX008", name: "\"Li \"Wei\""))                                                  // 10: broken quoting
            .AppendLine(Row("HX009"))                                                                       // 11: good
            .ToString();
        var bytes = Encoding.UTF8.GetBytes(parcels)
            .Concat(Encoding.UTF8.GetBytes("HX010,ZTO,NEXT_DAY,TMALL," + good + ",HGH,,CN,Beijing,")).Concat(new byte[] { 0xCD, 0xF5, 0xB7, 0xBC })
            .Concat(Encoding.UTF8.GetBytes(",,\n"))                                                         // 12: GB18030, not UTF-8
            .Concat(Encoding.UTF8.GetBytes(Row("HX011") + "\n")).ToArray();                                 // 13: good
        var parcelsFile = folder.File("parcels.csv");
        await File.WriteAllBytesAsync(parcelsFile, bytes, ct);
        var events = new StringBuilder().AppendLine(EventsHeader);
        foreach (var number in Enumerable.Range(1, 11).Select(i => $"HX{i:D3}"))
        {
            events.AppendLine($"ZTO,{number}-got,{number},GOT,Picked up,HGH,2026-11-02T11:00:00+08:00,,");
        }

        var eventsFile = folder.File("events.csv");
        await File.WriteAllTextAsync(eventsFile, events.ToString(), ct);

        var (summary, _) = await ImportRun.RunAsync(database, new ImportFiles(parcelsFile, eventsFile, null), ct);

        const string offset = "orderedAt has no UTC offset: write it like 2026-12-02T10:00:00+08:00 or 2026-12-02T02:00:00Z";
        const string twice = "trackingNumber appears more than once in this file with different content (first on line 7): none of its rows is stored";
        Assert.Equal(
        [
            (3, offset), (4, "promisedAt is not after orderedAt"), (5, "unknown carrier 'DHL': one of ZTO, STO, YTO"),
            (6, "unknown originHub 'XXX': a sorting centre in China"), (7, twice), (8, twice),
            (9, $"row longer than {CsvRowReader.MaxRowChars:N0} characters"), (10, "broken quoting: text after the closing quote of field 11"),
            (12, "not UTF-8 text: save the file as UTF-8"),
        ], ImportRun.Rejects(parcelsFile));
        Assert.Equal(
        [
            (3, "its parcel's registration was rejected (parcels.csv line 3)"), (4, "its parcel's registration was rejected (parcels.csv line 4)"),
            (5, "its parcel's registration was rejected (parcels.csv line 5)"), (6, "its parcel's registration was rejected (parcels.csv line 6)"),
            (7, "its parcel's registration was rejected (parcels.csv line 7)"),
            (8, "unknown parcel"), (9, "unknown parcel"), (11, "unknown parcel"), // rows too broken to name their parcel
        ], ImportRun.Rejects(eventsFile));
        Assert.Equal((3L, 3L, 17L), (summary.Parcels, summary.Events, summary.Rejected));

        await using var db = database.NewContext();
        Assert.Equal(["HX001", "HX009", "HX011"], await db.Parcels.OrderBy(p => p.TrackingNumber).Select(p => p.TrackingNumber).ToListAsync(ct));
        Assert.Equal(3, await db.TrackingEvents.CountAsync(ct));
    }

    [Fact]
    public async Task Rows_of_another_width_than_the_header_are_rejected_alone_wherever_the_tracking_number_column_stands()
    {
        var ct = TestContext.Current.CancellationToken;
        using var database = await MigratedDatabase.CreateAsync();
        using var folder = new TempDirectory();
        var parcelsFile = folder.File("parcels.csv");
        await File.WriteAllTextAsync(parcelsFile,
            "carrier,service,channel,orderedAt,promisedAt,originHub,destinationCountry,destinationProvince,trackingNumber\n" +
            "ZTO,NEXT_DAY,TMALL,2026-11-02T09:15:00+08:00,2026-11-03T21:15:00+08:00,HGH,CN,Beijing,WX001\n" +
            "Total: 2 parcels\n" +
            "ZTO,NEXT_DAY,TMALL,2026-11-02T09:15:00+08:00,2026-11-03T21:15:00+08:00,HGH,CN,Beijing,WX002,extra\n" +
            "ZTO,NEXT_DAY,TMALL,2026-11-02T09:15:00+08:00,2026-11-03T21:15:00+08:00,HGH,CN,Beijing,WX003\n", ct);
        var eventsFile = folder.File("events.csv");
        await File.WriteAllTextAsync(eventsFile, EventsHeader + "\nZTO,wx-1,WX003,GOT,Picked up,HGH,2026-11-02T11:00:00+08:00,,\n", ct);

        var (summary, _) = await ImportRun.RunAsync(database, new ImportFiles(parcelsFile, eventsFile, null), ct);

        Assert.Equal([(3L, "1 fields where the header has 9"), (4L, "10 fields where the header has 9")], ImportRun.Rejects(parcelsFile));
        Assert.Equal((2L, 1L, 2L), (summary.Parcels, summary.Events, summary.Rejected));
    }

    [Fact]
    public async Task A_registration_that_contradicts_a_stored_parcel_is_rejected_and_takes_its_events_and_complaints_with_it()
    {
        var ct = TestContext.Current.CancellationToken;
        using var database = await MigratedDatabase.CreateAsync();
        using var folder = new TempDirectory();
        await ImportRun.RunAsync(database, new ImportFiles(ImportRun.Sample("parcels.csv"), null, null), ct);
        var parcelsFile = folder.File("parcels.csv");
        await File.WriteAllTextAsync(parcelsFile, Header + "\n" +
            "ZT78812345001,ZTO,STANDARD,TMALL,2026-11-02T09:15:00+08:00,2026-11-03T21:15:00+08:00,HGH,,CN,Beijing,Li Wei,+86 138 0013 8000,\"12 Jianguo Road, Chaoyang, Beijing\"\n", ct);
        var eventsFile = folder.File("events.csv");
        await File.WriteAllTextAsync(eventsFile, EventsHeader + "\nZTO,x-1,ZT78812345001,GOT,Picked up,HGH,2026-11-02T11:00:00+08:00,,\n", ct);
        var complaintsFile = folder.File("complaints.csv");
        await File.WriteAllTextAsync(complaintsFile, "complaintId,trackingNumber,category,filedAt\nC-1,ZT78812345001,lost,2026-11-04T10:00:00+08:00\n", ct);

        var (summary, _) = await ImportRun.RunAsync(database, new ImportFiles(parcelsFile, eventsFile, complaintsFile), ct);

        Assert.Equal([(2L, "trackingNumber was registered before with another service")], ImportRun.Rejects(parcelsFile));
        Assert.Equal([(2L, "its parcel's registration was rejected (parcels.csv line 2)")], ImportRun.Rejects(eventsFile));
        Assert.Equal([(2L, "its parcel's registration was rejected (parcels.csv line 2)")], ImportRun.Rejects(complaintsFile));
        Assert.Equal(3, summary.Rejected);
        await using var db = database.NewContext();
        Assert.Equal((0, 0), (await db.TrackingEvents.CountAsync(ct), await db.Complaints.CountAsync(ct)));
    }

    [Fact]
    public async Task A_corrected_rejects_file_imports_as_it_is()
    {
        var ct = TestContext.Current.CancellationToken;
        using var database = await MigratedDatabase.CreateAsync();
        using var folder = new TempDirectory();
        var parcelsFile = folder.File("parcels.csv");
        await File.WriteAllTextAsync(parcelsFile, Header + "\n" +
            "FX001,DHL,NEXT_DAY,TMALL,2026-11-02T09:15:00+08:00,2026-11-03T21:15:00+08:00,HGH,,CN,Beijing,\"Li, Wei\",,\n", ct);
        await ImportRun.RunAsync(database, new ImportFiles(parcelsFile, null, null), ct);
        var corrected = folder.File("corrected.csv");
        await File.WriteAllTextAsync(corrected, (await File.ReadAllTextAsync(parcelsFile + ".rejects.csv", ct)).Replace(",DHL,", ",ZTO,"), ct);

        var (summary, _) = await ImportRun.RunAsync(database, new ImportFiles(corrected, null, null), ct);

        Assert.Equal((1L, 0L), (summary.Parcels, summary.Rejected));
        Assert.False(File.Exists(corrected + ".rejects.csv"));
        await using var db = database.NewContext();
        Assert.Equal("Li, Wei", await db.Parcels.Select(p => p.RecipientName).SingleAsync(ct));
    }

    [Fact]
    public async Task Imported_history_is_what_the_volume_page_shows_day_by_day()
    {
        var ct = TestContext.Current.CancellationToken;
        using var database = await MigratedDatabase.CreateAsync();
        using var folder = new TempDirectory();
        var files = new ImportFiles(folder.File("parcels.csv"), folder.File("events.csv"), folder.File("complaints.csv"));
        var history = GeneratedHistory.Write(files.Parcels!, files.Events!, files.Complaints!, parcels: 600, seed: 17);

        var (summary, _) = await ImportRun.RunAsync(database, files, ct);

        Assert.Equal((history.Parcels, history.DistinctEvents, history.Complaints, 0L),
            ((int)summary.Parcels, (int)summary.Events, (int)summary.Complaints, summary.Rejected));
        var (first, last) = history.Days;
        var range = new DayRange(OperationsCalendar.DayOf(first), OperationsCalendar.DayOf(last), "custom");
        var readout = await new VolumeQuery(database.Contexts).ReadAsync(range, StackBy.Carrier, DateTime.UtcNow, ct);
        var figures = VolumeCalculator.Compute(readout, Granularity.Day);
        for (var (day, i) = (first, 0); day <= last; day = day.AddDays(1), i++)
        {
            var created = history.CreatedPerDay.GetValueOrDefault(day);
            var (attempts, onTime) = history.FirstAttemptsPerDay.GetValueOrDefault(day);
            var complaints = history.ComplaintsPerDay.GetValueOrDefault(day);
            Assert.Equal((day, (long)created), (day, figures.Totals[i]));
            Assert.Equal((day, attempts > 0 ? (double)onTime / attempts : null), (day, figures.OnTimeRates[i]));
            Assert.Equal((day, created > 0 ? complaints * 10_000.0 / created : null), (day, figures.ComplaintsPer10k[i]));
        }
    }

    /// <summary>What a run leaves in the store: every row of every table, as SQLite holds it.</summary>
    private static async Task<string> StoredAsync(MigratedDatabase database, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(ct);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            await using var names = await list.ExecuteReaderAsync(ct);
            while (await names.ReadAsync(ct)) tables.Add(names.GetString(0));
        }

        var dump = new StringBuilder();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1, 2";
            await using var rows = await select.ExecuteReaderAsync(ct);
            while (await rows.ReadAsync(ct))
            {
                dump.Append(table).Append(':');
                for (var i = 0; i < rows.FieldCount; i++) dump.Append(rows.GetValue(i)).Append('|');
                dump.AppendLine();
            }
        }

        return dump.ToString();
    }
}
